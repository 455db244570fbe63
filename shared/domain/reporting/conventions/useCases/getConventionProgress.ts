import type { ConventionScope } from '../../../../ports/ConventionFigures';
import type { Actor } from '../../../accounts/session';
import type { Convention } from '../convention';
import { findReadableConvention } from '../conventionAccess';
import type { ConventionDeps } from '../conventionDeps';
import { conventionProgress, type ConventionProgress } from '../conventionProgress';

/** One convention with where it stands today against each of its targets. */
export class GetConventionProgress {
  constructor(private readonly deps: Pick<ConventionDeps, 'conventions' | 'figures' | 'clock'>) {}

  async execute(input: {
    actor: Actor;
    conventionId: string;
  }): Promise<{ convention: Convention; progress: ConventionProgress }> {
    const convention = await findReadableConvention(this.deps.conventions, input.actor, input.conventionId);
    const actuals = await this.deps.figures.actualsFor(scopeOf(convention));
    return { convention, progress: conventionProgress(convention, actuals, this.deps.clock.now()) };
  }
}

function scopeOf(convention: Convention): ConventionScope {
  return {
    organizationIds: convention.partnerIds,
    sector: convention.sector,
    departmentCode: convention.departmentCode,
    from: convention.period.from,
    to: convention.period.to,
  };
}
