import type { LocalFerretDb } from '../../infra/local/startFerretDb';
import type { LocalRedis } from '../../infra/local/startRedis';

interface RunningTestServices {
  redis: LocalRedis;
  ferret: LocalFerretDb;
  dataDir: string;
}

declare global {
  var __passerelleTestServices: { current?: RunningTestServices } | undefined;
}

/** Shared between global set-up and tear-down, which run in the same parent process. */
export const testServices = (globalThis.__passerelleTestServices ??= {});
