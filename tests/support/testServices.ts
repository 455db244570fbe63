import type { LocalFerretDb } from '../../infra/local/startFerretDb';
import type { LocalRedis } from '../../infra/local/startRedis';

interface RunningTestServices {
  redis: LocalRedis;
  ferret: LocalFerretDb;
  dataDir: string;
}

/** Shared between global set-up and tear-down, which run in the same parent process. */
export const testServices: { current?: RunningTestServices } = ((globalThis as Record<string, unknown>).__passerelleTestServices ??=
  {}) as { current?: RunningTestServices };
