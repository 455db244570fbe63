import type { Redis } from 'ioredis';
import type { FieldMaps } from '../../ports/FieldMaps';
import { isBuilt, markBuilt } from './redisBuildMarks';

/** Each map is a Redis hash (durable through the append-only file, as the lists: RedisIdLists.ts). */
export class RedisFieldMaps implements FieldMaps {
  constructor(
    private readonly redis: Redis,
    /** Per database: the same Redis may serve several databases (tests, benchmarks). */
    private readonly keyPrefix: string,
  ) {}

  async set(map: string, fields: Readonly<Record<string, string>>): Promise<void> {
    if (Object.keys(fields).length === 0) return;
    await this.redis.hset(this.key(map), fields);
  }

  async setEach(maps: ReadonlyMap<string, Readonly<Record<string, string>>>): Promise<void> {
    const pipeline = this.redis.pipeline();
    for (const [map, fields] of maps) if (Object.keys(fields).length > 0) pipeline.hset(this.key(map), fields);
    if (pipeline.length === 0) return;
    for (const [error] of (await pipeline.exec()) ?? []) if (error) throw error;
  }

  async remove(map: string, fields: readonly string[]): Promise<void> {
    if (fields.length === 0) return;
    await this.redis.hdel(this.key(map), ...fields);
  }

  async clear(map: string): Promise<void> {
    await this.redis.del(this.key(map));
  }

  async get(map: string, fields: readonly string[]): Promise<Map<string, string>> {
    if (fields.length === 0) return new Map();
    const values = await this.redis.hmget(this.key(map), ...fields);
    const found = new Map<string, string>();
    fields.forEach((field, index) => {
      const value = values[index];
      if (value !== null && value !== undefined) found.set(field, value);
    });
    return found;
  }

  async getAll(maps: readonly string[]): Promise<Map<string, Map<string, string>>> {
    if (maps.length === 0) return new Map();
    const pipeline = this.redis.pipeline();
    for (const map of maps) pipeline.hgetall(this.key(map));
    const replies = (await pipeline.exec()) ?? [];
    return new Map(
      maps.map((map, index) => {
        const [error, value] = replies[index] ?? [new Error('no reply'), null];
        if (error) throw error;
        return [map, new Map(Object.entries((value ?? {}) as Record<string, string>))];
      }),
    );
  }

  isBuilt(family: string): Promise<boolean> {
    return isBuilt(this.redis, this.keyPrefix, family);
  }

  markBuilt(family: string): Promise<void> {
    return markBuilt(this.redis, this.keyPrefix, family);
  }

  private key(map: string): string {
    return `${this.keyPrefix}:${map}`;
  }
}
