import type { Queue } from 'bullmq';
import type { MatchingQueue, MatchingRequest } from '../../../ports/MatchingQueue';

export type MatchingJobData = Pick<MatchingRequest, 'entity' | 'id' | 'version' | 'reason'>;

/**
 * Job id: entity, version and cause, so that the same request twice is one job. Debounce: one
 * deduplication id per offer or profile and a delay, so that a burst of edits waits in one
 * delayed job that reads the state when it runs; a change during a computation is kept and
 * runs after it (keepLastIfActive), never in parallel with it.
 */
export class BullmqMatchingQueue implements MatchingQueue {
  constructor(
    private readonly queue: Queue,
    private readonly debounceMs: number,
  ) {}

  async enqueue(request: MatchingRequest): Promise<string> {
    const jobId = [
      request.entity,
      request.id,
      `v${request.version}`,
      request.reason,
      ...(request.cause ? [request.cause] : []),
    ].join('-');
    const data: MatchingJobData = {
      entity: request.entity,
      id: request.id,
      version: request.version,
      reason: request.reason,
    };
    const job = await this.queue.add('compute', data, {
      jobId,
      delay: request.reason === 'refresh' ? 0 : this.debounceMs,
      deduplication: { id: `${request.entity}-${request.id}`, keepLastIfActive: true },
    });
    return job.id ?? jobId;
  }
}
