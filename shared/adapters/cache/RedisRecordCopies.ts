import type { Redis } from 'ioredis';
import type { RecordCopies, RecordCopy } from '../../ports/RecordCopies';

/**
 * Keeps a copy (`v`, `b`) or an announcement (`v` alone) unless the hash holds a newer version, or
 * the same version with its copy already; every write restarts the expiry.
 */
const keepScript = `
local stored = tonumber(redis.call('HGET', KEYS[1], 'v'))
local version = tonumber(ARGV[1])
if stored and stored > version then return 0 end
if ARGV[2] == '' then
  redis.call('DEL', KEYS[1])
  redis.call('HSET', KEYS[1], 'v', ARGV[1])
else
  if stored == version and redis.call('HEXISTS', KEYS[1], 'b') == 1 then return 0 end
  redis.call('HSET', KEYS[1], 'v', ARGV[1], 'b', ARGV[2])
end
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1`;

/** Greater than any version a record reaches: what a deletion announces. */
const deleted = Number.MAX_SAFE_INTEGER;

/** One Redis hash per record, `prefix:family:id`, kept and announced by one script (keepScript). */
export class RedisRecordCopies implements RecordCopies {
  constructor(
    private readonly redis: Redis,
    private readonly settings: { keyPrefix: string; ttlMs: number },
  ) {}

  async getAll(family: string, ids: readonly string[]): Promise<Map<string, RecordCopy>> {
    const found = new Map<string, RecordCopy>();
    if (ids.length === 0) return found;
    const pipeline = this.redis.pipeline();
    for (const id of ids) pipeline.hmgetBuffer(this.key(family, id), 'v', 'b');
    const replies = (await pipeline.exec()) ?? [];
    ids.forEach((id, index) => {
      const [error, value] = replies[index] ?? [new Error('no reply'), null];
      if (error) throw error;
      const [version, body] = value as (Buffer | null)[];
      if (version && body) found.set(id, { id, version: Number(version.toString()), body });
    });
    return found;
  }

  keepAll(family: string, copies: readonly RecordCopy[]): Promise<void> {
    return this.runKeepScript(family, copies);
  }

  announceAll(family: string, versions: readonly { id: string; version: number }[]): Promise<void> {
    return this.runKeepScript(
      family,
      versions.map((announced) => ({ ...announced, body: '' })),
    );
  }

  announceDeletion(family: string, ids: readonly string[]): Promise<void> {
    return this.announceAll(
      family,
      ids.map((id) => ({ id, version: deleted })),
    );
  }

  async dropAll(): Promise<void> {
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', `${this.settings.keyPrefix}:*`, 'COUNT', 1_000);
      if (keys.length > 0) await this.redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  }

  /** keepScript for each entry, in one round trip: a body keeps a copy, an empty one announces. */
  private async runKeepScript(
    family: string,
    entries: readonly { id: string; version: number; body: Buffer | '' }[],
  ): Promise<void> {
    if (entries.length === 0) return;
    const pipeline = this.redis.pipeline();
    for (const { id, version, body } of entries) {
      pipeline.eval(keepScript, 1, this.key(family, id), String(version), body, this.settings.ttlMs);
    }
    for (const [error] of (await pipeline.exec()) ?? []) if (error) throw error;
  }

  private key(family: string, id: string): string {
    return `${this.settings.keyPrefix}:${family}:${id}`;
  }
}
