import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { createWorker } from '../shared/adapters/queue/bullmq/createWorker';
import type { Dependencies } from '../shared/wiring/buildDependencies';

/** Recurring maintenance jobs, each with the schedule that BullMQ keeps in Redis. */
export const scheduledJobs = {
  'purge-expired-refresh-tokens': { every: 60 * 60 * 1000 },
  // Catches writes whose indexing job was lost; the grace period of the sweep is 30 s.
  'sweep-search-index': { every: 60 * 1000 },
  'expire-offers': { every: 10 * 60 * 1000 },
  // Reminders to employers (proposals waiting 3 and 7 days, offers ending in 7 and 1 days), expiry at 14 days.
  'pipeline-time-rules': { every: 60 * 60 * 1000 },
  // Domain events of the outbox become deliveries.
  'dispatch-notifications': { every: 5 * 1000 },
  // Domain events of the outbox become reporting counters (one projection at a time, a lease).
  'project-reporting': { every: 10 * 1000 },
  // The daily digest of what users chose to receive once a day, at 08:30 Paris time.
  'send-daily-digests': { pattern: '30 8 * * *', tz: 'Europe/Paris' },
} as const;

const payloadSchema = z.strictObject({});

export async function registerSchedules(deps: Dependencies): Promise<void> {
  // upsertJobScheduler is idempotent: every start (and every worker process) leaves one schedule per job.
  for (const [name, repeat] of Object.entries(scheduledJobs)) {
    await deps.queues.scheduler.upsertJobScheduler(name, repeat, { name, data: {} });
  }
}

export function startSchedulerWorker(deps: Dependencies, connection: Redis): Worker {
  return createWorker(
    'scheduler',
    payloadSchema,
    async (_payload, job) => {
      switch (job.name) {
        case 'purge-expired-refresh-tokens':
          return deps.useCases.purgeExpiredRefreshTokens.execute();
        case 'sweep-search-index':
          return deps.useCases.sweepSearchIndex.execute();
        case 'expire-offers':
          return deps.useCases.expireOffers.execute();
        case 'pipeline-time-rules':
          return deps.useCases.runPipelineTimeRules.execute();
        case 'dispatch-notifications':
          return deps.useCases.dispatchDomainEvents.execute();
        case 'project-reporting':
          return deps.useCases.projectReportingEvents.execute();
        case 'send-daily-digests':
          return deps.useCases.scheduleDailyDigests.execute();
        default:
          throw new Error(`unknown scheduled job ${job.name}`);
      }
    },
    { connection, prefix: deps.config.QUEUE_PREFIX, logger: deps.logger, lockMs: deps.config.WORKER_LOCK_MS },
  );
}
