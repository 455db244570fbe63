import { sectors } from '../../../../shared/domain/reference/sectors';
import type { Sector } from './labels';
import { isMonth, quickPeriod, type Period } from './period';

export type GroupBy = 'month' | 'sector' | 'organization';

/** How the address says it (« par »), in French. */
const groupByParams: Record<Exclude<GroupBy, 'month'>, string> = { sector: 'secteur', organization: 'organisation' };

export interface DashboardFilters extends Period {
  sector: Sector | '';
  /** Administrators: one organisation of the territory; '' for the whole territory. */
  organizationId: string;
  groupBy: GroupBy;
}

/** The filters a URL holds (a reload or a shared link keeps them); the last 12 months by default. */
export function dashboardFiltersFromParams(params: URLSearchParams, today: Date): DashboardFilters {
  const fallback = quickPeriod('last12', today);
  const from = params.get('du') ?? '';
  const to = params.get('au') ?? '';
  const sector = params.get('secteur') ?? '';
  const organizationId = params.get('organisation') ?? '';
  const period = isMonth(from) && isMonth(to) && from <= to ? { from, to } : fallback;
  return {
    ...period,
    sector: (sectors as readonly string[]).includes(sector) ? (sector as Sector) : '',
    organizationId: /^[0-9a-fA-F]{24}$/.test(organizationId) ? organizationId : '',
    groupBy:
      (Object.entries(groupByParams).find(([, value]) => value === params.get('par'))?.[0] as GroupBy | undefined) ??
      'month',
  };
}

export function paramsFromDashboardFilters(filters: DashboardFilters): URLSearchParams {
  const params = new URLSearchParams({ du: filters.from, au: filters.to });
  if (filters.sector) params.set('secteur', filters.sector);
  if (filters.organizationId) params.set('organisation', filters.organizationId);
  if (filters.groupBy !== 'month') params.set('par', groupByParams[filters.groupBy]);
  return params;
}

/** The API's query for these filters: only what is set. */
export function indicatorsQuery(filters: DashboardFilters) {
  return {
    from: filters.from,
    to: filters.to,
    groupBy: filters.groupBy,
    ...(filters.sector ? { sector: filters.sector } : {}),
    ...(filters.organizationId ? { organizationId: filters.organizationId } : {}),
  };
}
