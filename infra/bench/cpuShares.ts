import type { BenchDependencies } from './benchDependencies';

/**
 * What a stretch of a benchmark cost each process in CPU time, per unit of work: this process and
 * each service the benchmark started (Redis, FerretDB). `start()` before the stretch, then
 * `perUnit(count)` after it: "ferretdb 1.21 ms, redis 0.08 ms, this process 0.52 ms".
 */
export function cpuShares(bench: Pick<BenchDependencies, 'servicesCpuMs'>) {
  let services = bench.servicesCpuMs();
  let own = process.cpuUsage();
  return {
    start(): void {
      services = bench.servicesCpuMs();
      own = process.cpuUsage();
    },
    perUnit(count: number): string {
      const now = bench.servicesCpuMs();
      const spent = process.cpuUsage(own);
      const each = (ms: number) => `${(ms / Math.max(1, count)).toFixed(2)} ms`;
      const names = [...new Set([...Object.keys(services), ...Object.keys(now)])];
      return [
        // A service whose time could not be read at either end: said so, not counted as nothing.
        ...names.map((name) => {
          const [from, to] = [services[name], now[name]];
          return `${name} ${from === undefined || to === undefined ? 'n/a' : each(to - from)}`;
        }),
        `this process ${each((spent.user + spent.system) / 1000)}`,
      ].join(', ');
    },
  };
}
