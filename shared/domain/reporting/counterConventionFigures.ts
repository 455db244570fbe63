import type { ConventionActuals, ConventionFigures, ConventionScope } from '../../ports/ConventionFigures';
import type { OrganizationRepository } from '../../ports/OrganizationRepository';
import type { ReportingCounters } from '../../ports/ReportingCounters';
import { monthOf, monthsBetween } from './reportingMeasures';

/**
 * A convention's figures from the reporting counters: the outcomes of its partners, an insertion
 * structure's by the people it follows, an employer's by the people it took, over the months of
 * the period (counters are monthly: a period is read by whole months). Two limits, said in the
 * README: a person followed by one partner and hired by another counts for both, and the
 * convention's département narrows nothing yet (the counters are by organisation and sector).
 */
export class CounterConventionFigures implements ConventionFigures {
  constructor(
    private readonly deps: {
      counters: ReportingCounters;
      organizations: Pick<OrganizationRepository, 'findById'>;
    },
  ) {}

  async actualsFor(scope: ConventionScope): Promise<ConventionActuals> {
    const dimensions: string[] = [];
    for (const id of scope.organizationIds) {
      const organization = await this.deps.organizations.findById(id);
      if (!organization || organization.kind === 'territory') continue;
      const base = organization.kind === 'employer' ? `employer:${id}` : `org:${id}`;
      dimensions.push(scope.sector ? `${base}|sector:${scope.sector}` : base);
    }
    const records = await this.deps.counters.read(dimensions, monthsBetween(monthOf(scope.from), monthOf(scope.to)));
    const sum = (measure: 'recruited' | 'trained' | 'outcomes' | 'positiveOutcomes') =>
      records.reduce((total, record) => total + (record.counts[measure] ?? 0), 0);
    return {
      recruited: sum('recruited'),
      trained: sum('trained'),
      peopleWithOutcome: sum('outcomes'),
      positiveOutcomes: sum('positiveOutcomes'),
      eventParticipants: null,
    };
  }
}
