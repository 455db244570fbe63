import type { OrganizationRepository } from '../../../ports/OrganizationRepository';
import type { ReportingCounters } from '../../../ports/ReportingCounters';
import type { Actor } from '../../accounts/session';
import { NotFoundError, ValidationError } from '../../errors';
import { sectorLabels, sectors, type Sector } from '../../reference/sectors';
import type { IndicatorTable } from '../indicatorTable';
import { funnelOf, indicatorRow, peopleStocksAt, type FunnelStep, type IndicatorRow } from '../indicatorRows';
import { funnelTable, indicatorsTable, type LabelledRow } from '../indicatorTables';
import { monthsBetween } from '../reportingMeasures';

export interface IndicatorsQuery {
  /** YYYY-MM, both included (quarters and years are their months). */
  from: string;
  to: string;
  sector?: Sector | undefined;
  /** Administrators only: one organisation of their territory (an employer or an insertion structure). */
  organizationId?: string | undefined;
  groupBy: 'month' | 'sector';
}

export interface Indicators {
  rows: LabelledRow[];
  total: IndicatorRow;
  funnel: FunnelStep[];
  /** The same, as the exports write them (French headers, filters applied). */
  tables: { indicators: IndicatorTable; funnel: IndicatorTable };
}

const maxMonths = 60;

/**
 * The indicators of a period, from the counters only: a territory's administrators see their
 * territory (or one of its organisations), an adviser their organisation's people, an employer
 * their own offers. Nobody reads another organisation's figures: the dimension is chosen here,
 * from the actor, never from the query alone.
 */
export class GetIndicators {
  constructor(
    private readonly deps: {
      counters: ReportingCounters;
      organizations: Pick<OrganizationRepository, 'findInTerritory' | 'findById'>;
    },
  ) {}

  async execute(input: { actor: Actor; query: IndicatorsQuery }): Promise<Indicators> {
    const { actor, query } = input;
    const months = monthsBetween(query.from, query.to);
    if (months.length === 0) {
      throw new ValidationError('Période invalide.', [{ field: 'to', reason: 'la fin précède le début' }]);
    }
    if (months.length > maxMonths) {
      throw new ValidationError('Période trop longue.', [{ field: 'from', reason: `au plus ${maxMonths} mois` }]);
    }
    const { base, scopeLabel } = await this.scopeOf(actor, query.organizationId);
    const withSector = (sector: Sector | undefined) => (sector ? `${base}|sector:${sector}` : base);

    // The total reads the scope itself: outcomes recorded without a sector count there too.
    const scopeRecords = await this.deps.counters.read([withSector(query.sector)], months);
    // People are followed by structures and territories, whatever the sector: their stocks read
    // every month of the scope itself.
    const history = base.startsWith('employer:') || query.sector ? null : await this.deps.counters.readAll([base]);
    const stocksAt = (month: string) => (history ? peopleStocksAt(history, month) : undefined);
    const total = indicatorRow(scopeRecords, stocksAt(query.to));
    const rows: LabelledRow[] = [];
    if (query.groupBy === 'month') {
      for (const month of months) {
        rows.push({
          label: month,
          figures: indicatorRow(
            scopeRecords.filter((record) => record.month === month),
            stocksAt(month),
          ),
        });
      }
    } else {
      for (const sector of query.sector ? [query.sector] : sectors) {
        const records = await this.deps.counters.read([withSector(sector)], months);
        rows.push({ label: sectorLabels[sector], figures: indicatorRow(records) });
      }
    }
    const funnel = funnelOf(total);
    const filters = [
      { label: 'Période', value: query.from === query.to ? query.from : `de ${query.from} à ${query.to}` },
      { label: 'Périmètre', value: scopeLabel },
      { label: 'Secteur', value: query.sector ? sectorLabels[query.sector] : 'tous les secteurs' },
    ];
    const firstColumn = query.groupBy === 'month' ? 'Mois' : 'Secteur';
    return {
      rows,
      total,
      funnel,
      tables: {
        indicators: indicatorsTable(
          'Indicateurs d’insertion',
          firstColumn,
          [...rows, { label: 'Total', figures: total }],
          filters,
        ),
        funnel: funnelTable(funnel, filters),
      },
    };
  }

  private async scopeOf(
    actor: Actor,
    organizationId: string | undefined,
  ): Promise<{ base: string; scopeLabel: string }> {
    const own = await this.deps.organizations.findById(actor.organizationId);
    if (!own) throw new NotFoundError('Organisation introuvable.');
    if (actor.role === 'admin') {
      if (!organizationId) return { base: `territory:${own.territoryId}`, scopeLabel: `territoire ${own.name}` };
      const organization = await this.deps.organizations.findInTerritory(own.territoryId, organizationId);
      if (!organization || organization.kind === 'territory') throw new NotFoundError('Organisation introuvable.');
      const prefix = organization.kind === 'employer' ? 'employer' : 'org';
      return { base: `${prefix}:${organization.id}`, scopeLabel: organization.name };
    }
    if (organizationId && organizationId !== actor.organizationId) throw new NotFoundError('Organisation introuvable.');
    return actor.role === 'employer'
      ? { base: `employer:${own.id}`, scopeLabel: `${own.name} (ses offres)` }
      : { base: `org:${own.id}`, scopeLabel: `${own.name} (personnes suivies)` };
  }
}
