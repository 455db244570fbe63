import { rmSync } from 'node:fs';
import { testServices } from './testServices';

export default async function globalTeardown(): Promise<void> {
  const running = testServices.current;
  if (!running) return;
  testServices.current = undefined;
  await Promise.all([running.redis.stop(), running.ferret.stop()]);
  rmSync(running.dataDir, { recursive: true, force: true });
}
