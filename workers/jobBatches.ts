import DataLoader from 'dataloader';

/**
 * The jobs a worker runs at once, gathered into batches: each job's `load` waits up to `gatherMs`
 * for others to join (at most `maxBatchSize`), then `runBatch` does their work together and gives
 * back one result or Error per request, in order; an Error fails that job only. Nothing is cached:
 * every job runs, retries included.
 */
export function jobBatches<Request, Outcome>(
  runBatch: (requests: readonly Request[]) => Promise<(Outcome | Error)[]>,
  options: { maxBatchSize: number; gatherMs: number },
): DataLoader<Request, Outcome> {
  return new DataLoader<Request, Outcome>(runBatch, {
    cache: false,
    maxBatchSize: options.maxBatchSize,
    batchScheduleFn: (run) => setTimeout(run, options.gatherMs),
  });
}
