import type { ConventionActuals, ConventionFigures, ConventionScope } from '../../ports/ConventionFigures';
import type { OrganizationRepository } from '../../ports/OrganizationRepository';
import type { ReportingCounters } from '../../ports/ReportingCounters';
import { monthOf, monthsBetween } from './reportingMeasures';

/**
 * A convention's figures from the reporting counters, over the months of its period (counters are
 * monthly: a period is read by whole months): the outcomes of the people its insertion structures
 * follow, wherever they were hired (each person has one structure, so each outcome counts once);
 * a convention of employers only, the outcomes of the people they took. The convention's
 * département narrows nothing yet (the counters are by organisation and sector; README).
 */
export class CounterConventionFigures implements ConventionFigures {
  constructor(
    private readonly deps: {
      counters: ReportingCounters;
      organizations: Pick<OrganizationRepository, 'findById'>;
    },
  ) {}

  async actualsFor(scope: ConventionScope): Promise<ConventionActuals> {
    const structures: string[] = [];
    const employers: string[] = [];
    for (const id of scope.organizationIds) {
      const organization = await this.deps.organizations.findById(id);
      if (organization?.kind === 'insertion') structures.push(`org:${id}`);
      if (organization?.kind === 'employer') employers.push(`employer:${id}`);
    }
    // Each person is followed by one structure: counting by structures counts each outcome once.
    const bases = structures.length > 0 ? structures : employers;
    const dimensions = bases.map((base) => (scope.sector ? `${base}|sector:${scope.sector}` : base));
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
