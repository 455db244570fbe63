import type { LoadResult } from './httpLoadClient';

/** A timed run of calls, with the CPU time this process spent during it (the server's, or the caller's). */
export type TimedRun = LoadResult & { cpuMicros: number };

/** The CPU time this process spends while `work` runs, added to its result. */
export async function withCpuTime(work: () => Promise<LoadResult>): Promise<TimedRun> {
  const before = process.cpuUsage();
  const result = await work();
  const cpu = process.cpuUsage(before);
  return { ...result, cpuMicros: cpu.user + cpu.system };
}

/** The slices of one variant pooled into one run (benchmarks alternate variants in short slices). */
export function pooledRuns(runs: readonly TimedRun[]): TimedRun {
  const sum = (pick: (run: TimedRun) => number) => runs.reduce((total, run) => total + pick(run), 0);
  return {
    latenciesMs: runs.flatMap((run) => run.latenciesMs),
    elapsedMs: sum((run) => run.elapsedMs),
    otherAnswers: sum((run) => run.otherAnswers),
    cpuMicros: sum((run) => run.cpuMicros),
  };
}

/** `count` calls, `concurrency` of them in flight at any time (1: one after another), each timed. */
export async function timedCalls(
  count: number,
  concurrency: number,
  once: () => Promise<unknown>,
): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next += 1;
        const start = performance.now();
        await once();
        latenciesMs.push(performance.now() - start);
      }
    }),
  );
  return { latenciesMs, elapsedMs: performance.now() - started, otherAnswers: 0 };
}
