import { mkdirSync } from 'node:fs';
import { Redis } from 'ioredis';
import { startChildService, type ChildService } from './childService';

export interface LocalRedis extends ChildService {
  url: string;
}

async function answersPing(port: number): Promise<boolean> {
  const client = new Redis({
    port,
    host: '127.0.0.1',
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  client.on('error', () => undefined); // a refused connection only means "not ready yet"
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } finally {
    client.disconnect();
  }
}

/**
 * Debian's redis-server with its own data dir, AOF on (fsync every second, so a restart loses at
 * most a second of queued jobs) and noeviction (BullMQ must never lose keys to memory pressure).
 */
export async function startRedis(port: number, dataDir: string): Promise<LocalRedis> {
  mkdirSync(dataDir, { recursive: true });
  const service = await startChildService(
    'redis',
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dataDir,
      '--appendonly',
      'yes',
      '--appendfsync',
      'everysec',
      '--maxmemory-policy',
      'noeviction',
      '--save',
      '',
      '--daemonize',
      'no',
      '--loglevel',
      'warning',
    ],
    () => answersPing(port),
  );
  return Object.assign(service, { url: `redis://127.0.0.1:${port}` });
}
