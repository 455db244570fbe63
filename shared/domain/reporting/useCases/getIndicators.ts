import type { Organization } from '../../accounts/organization';
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
  /** `organization`: administrators, one row per organisation of the territory (employers and structures). */
  groupBy: 'month' | 'sector' | 'organization';
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
      organizations: Pick<OrganizationRepository, 'findInTerritory' | 'findById' | 'listInTerritory'>;
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
    if (query.groupBy === 'organization' && actor.role !== 'admin') {
      throw new ValidationError('Regroupement indisponible.', [
        { field: 'groupBy', reason: 'réservé aux administrateurs du territoire' },
      ]);
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
    } else if (query.groupBy === 'organization') {
      for (const organization of await this.organizationsOf(actor, query.organizationId)) {
        const dimension = `${organization.kind === 'employer' ? 'employer' : 'org'}:${organization.id}`;
        const records = await this.deps.counters.read(
          [query.sector ? `${dimension}|sector:${query.sector}` : dimension],
          months,
        );
        // A structure's people, as its own dashboard shows them (employers follow nobody).
        const stocks =
          organization.kind === 'employer' || query.sector
            ? undefined
            : peopleStocksAt(await this.deps.counters.readAll([dimension]), query.to);
        rows.push({ label: organizationLabel(organization), figures: indicatorRow(records, stocks) });
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
    const firstColumn = { month: 'Mois', sector: 'Secteur', organization: 'Organisation' }[query.groupBy];
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

  /** The organisations of the administrator's territory (or the one chosen), by name. */
  private async organizationsOf(actor: Actor, organizationId: string | undefined): Promise<Organization[]> {
    const own = await this.deps.organizations.findById(actor.organizationId);
    if (!own) throw new NotFoundError('Organisation introuvable.');
    const found: Organization[] = [];
    for (let after: string | undefined; ;) {
      const page = await this.deps.organizations.listInTerritory(own.territoryId, {
        limit: 200,
        ...(after ? { after } : {}),
      });
      found.push(...page.filter((organization) => organization.kind !== 'territory'));
      if (page.length < 200) break;
      after = page[page.length - 1]?.id;
    }
    return found
      .filter((organization) => !organizationId || organization.id === organizationId)
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
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

const organizationLabel = (organization: Organization) =>
  `${organization.name} (${organization.kind === 'employer' ? 'employeur' : 'structure d’insertion'})`;
