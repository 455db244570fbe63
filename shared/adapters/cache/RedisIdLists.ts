import type { Redis } from 'ioredis';
import type { IdLists } from '../../ports/IdLists';
import { isBuilt, markBuilt } from './redisBuildMarks';

/**
 * Each list is a Redis sorted set whose members all score 0, so that Redis orders them by their
 * bytes: ObjectId hex strings, whose first eight characters are their creation time, come out in
 * time order, and a page is one `ZRANGE … BYLEX REV LIMIT` from the previous page's last id, which
 * need not be in the set any more. Redis runs with its append-only file (infra/local/startRedis.ts,
 * as BullMQ needs): the lists survive its restarts; were they lost, `isBuilt` says so and their
 * owner rebuilds them from the database.
 */
export class RedisIdLists implements IdLists {
  constructor(
    private readonly redis: Redis,
    /** Per database: the same Redis may serve several databases (tests, benchmarks). */
    private readonly keyPrefix: string,
  ) {}

  async add(list: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.redis.zadd(this.key(list), ...ids.flatMap((id) => [0, id]));
  }

  async addExpiring(list: string, ids: readonly string[], ttlMs: number): Promise<void> {
    if (ids.length === 0) return;
    await this.redis
      .multi()
      .zadd(this.key(list), ...ids.flatMap((id) => [0, id]))
      .pexpire(this.key(list), ttlMs)
      .exec();
  }

  async remove(list: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.redis.zrem(this.key(list), ...ids);
  }

  async newest(list: string, page: { limit: number; after?: string | undefined }): Promise<string[]> {
    const upper = page.after === undefined ? '+' : `(${page.after}`;
    return this.redis.zrange(this.key(list), upper, '-', 'BYLEX', 'REV', 'LIMIT', 0, page.limit);
  }

  async oldest(list: string, page: { limit: number; after?: string | undefined }): Promise<string[]> {
    const lower = page.after === undefined ? '-' : `(${page.after}`;
    return this.redis.zrange(this.key(list), lower, '+', 'BYLEX', 'LIMIT', 0, page.limit);
  }

  async between(list: string, bounds: { from?: string; before: string }, limit: number): Promise<string[]> {
    const lower = bounds.from === undefined ? '-' : `[${bounds.from}`;
    return this.redis.zrange(this.key(list), lower, `(${bounds.before}`, 'BYLEX', 'LIMIT', 0, limit);
  }

  async range(list: string, page: { offset: number; limit: number }): Promise<string[]> {
    if (page.limit <= 0) return [];
    return this.redis.zrange(this.key(list), page.offset, String(page.offset + page.limit - 1));
  }

  async all(list: string): Promise<string[]> {
    return this.redis.zrange(this.key(list), 0, '-1', 'REV');
  }

  async intersection(lists: readonly string[]): Promise<string[]> {
    if (lists.length === 0) return [];
    if (lists.length === 1) return this.redis.zrange(this.key(lists[0]!), 0, '-1');
    // Every score is 0, so the intersection's scores are too and ZINTER returns it in byte order.
    return this.redis.zinter(lists.length, ...lists.map((list) => this.key(list)));
  }

  async union(lists: readonly string[]): Promise<string[]> {
    if (lists.length === 0) return [];
    // As ZINTER: every score is 0, so the union's are too and it comes in byte order. One command on
    // one node (a Redis Cluster would need the lists' keys in one slot).
    return this.redis.zunion(lists.length, ...lists.map((list) => this.key(list)));
  }

  async count(list: string): Promise<number> {
    return this.redis.zcard(this.key(list));
  }

  async clear(list: string): Promise<void> {
    await this.redis.del(this.key(list));
  }

  isBuilt(family: string): Promise<boolean> {
    return isBuilt(this.redis, this.keyPrefix, family);
  }

  markBuilt(family: string): Promise<void> {
    return markBuilt(this.redis, this.keyPrefix, family);
  }

  private key(list: string): string {
    return `${this.keyPrefix}:${list}`;
  }
}
