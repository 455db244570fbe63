import type { Clock } from '../../../ports/Clock';
import type { RefreshTokenRepository } from '../../../ports/RefreshTokenRepository';

/**
 * FerretDB has no TTL indexes, so expired refresh tokens are removed by this scheduled job.
 * Idempotent: running it twice deletes nothing more.
 */
export class PurgeExpiredRefreshTokens {
  constructor(private readonly deps: { refreshTokens: RefreshTokenRepository; clock: Clock }) {}

  async execute(): Promise<{ deleted: number }> {
    return { deleted: await this.deps.refreshTokens.deleteExpiredBefore(this.deps.clock.now()) };
  }
}
