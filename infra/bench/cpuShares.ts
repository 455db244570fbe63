import type { BenchDependencies } from './benchDependencies';

/**
 * What a stretch of a benchmark cost each process in CPU time, per unit of work: this process and
 * each service the benchmark started (Redis, FerretDB). `start()` before the stretch, then
 * `perUnit(count)` after it: "ferretdb 1.21 ms, redis 0.08 ms, this process 0.52 ms".
 */
export function cpuShares(bench: Pick<BenchDependencies, 'servicesCpuMs'>) {
  let services: Record<string, number> = {};
  let own = process.cpuUsage();
  return {
    start(): void {
      services = bench.servicesCpuMs();
      own = process.cpuUsage();
    },
    perUnit(count: number): string {
      const now = bench.servicesCpuMs();
      const spent = process.cpuUsage(own);
      const shares = [
        ...Object.entries(now).map(([name, ms]) => [name, ms - (services[name] ?? ms)] as const),
        ['this process', (spent.user + spent.system) / 1000] as const,
      ];
      return shares.map(([name, ms]) => `${name} ${(ms / Math.max(1, count)).toFixed(2)} ms`).join(', ');
    },
  };
}
