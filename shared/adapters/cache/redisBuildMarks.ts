import type { Redis } from 'ioredis';

/**
 * Whether a family of lists or fields kept beside the database was built from its collection
 * (RedisIdLists, RedisFieldMaps): a mark under `prefix:built:family`, gone with a fresh Redis.
 */
export async function isBuilt(redis: Redis, prefix: string, family: string): Promise<boolean> {
  return (await redis.exists(`${prefix}:built:${family}`)) === 1;
}

export async function markBuilt(redis: Redis, prefix: string, family: string): Promise<void> {
  await redis.set(`${prefix}:built:${family}`, new Date().toISOString());
}
