/** What the benchmark scripts print, in one format, and how they run. */
export const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** "6,475 docs/s" (or "6,475 /s" without a unit). */
export const perSecond = (count: number, ms: number, unit = '') =>
  `${Math.round((count / ms) * 1000).toLocaleString('en')} ${unit}/s`;

/** The value at percentile `p` (0–100) of latencies sorted in ascending order (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Runs a benchmark's main; a failure prints its stack and exits 1. */
export function runBenchmark(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
