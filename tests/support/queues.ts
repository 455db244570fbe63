import type { TestApp } from './testApp';
import { eventually } from './eventually';

/** Waits until the indexing and matching queues hold no waiting, delayed or running job. */
export async function queuesSettled(testApp: TestApp, timeoutMs = 10_000): Promise<void> {
  const { indexing, matching } = testApp.deps.queues;
  await eventually(
    async () => {
      for (const queue of [indexing, matching]) {
        const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        const pending = Object.values(counts).reduce((sum, count) => sum + count, 0);
        if (pending > 0) throw new Error(`${queue.name}: ${JSON.stringify(counts)}`);
      }
    },
    timeoutMs,
    25,
  );
}

/** The ids of the indexing jobs enqueued for one offer or profile, in any state (`offer-<id>-v<version>`). */
export async function indexingJobsOf(testApp: TestApp, entityId: string): Promise<string[]> {
  const jobs = await testApp.deps.queues.indexing.getJobs();
  return jobs
    .filter((job) => (job.data as { id?: string }).id === entityId)
    .map((job) => job.id ?? '')
    .sort();
}
