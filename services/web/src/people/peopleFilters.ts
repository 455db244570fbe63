import type { CandidateStatus, Sector } from './labels';

/** Who the list shows: the people the adviser follows, or everyone the organisation follows. */
export type Scope = 'mine' | 'organization';
export type ConsentFilter = 'given' | 'not_given';

export interface PeopleFilters {
  scope: Scope;
  q: string;
  status: CandidateStatus | '';
  sector: Sector | '';
  consent: ConsentFilter | '';
  hasSuggestions: boolean;
  waitingForAnswer: boolean;
  /** 1-based, as the pagination shows it. */
  page: number;
}

export const pageSize = 20;

const statuses: readonly string[] = ['active', 'paused', 'placed', 'exited'];
const sectors: readonly string[] = [
  'construction',
  'industry',
  'transport_logistics',
  'home_services',
  'digital',
  'agriculture',
  'other',
];

/** The filters a URL holds (so that a reload or a shared link keeps them); what is unknown is ignored. */
export function filtersFromParams(params: URLSearchParams): PeopleFilters {
  const status = params.get('statut') ?? '';
  const sector = params.get('secteur') ?? '';
  const consent = params.get('consentement') ?? '';
  const page = Number(params.get('page') ?? '1');
  return {
    scope: params.get('vue') === 'organisation' ? 'organization' : 'mine',
    q: (params.get('q') ?? '').slice(0, 200),
    status: statuses.includes(status) ? (status as CandidateStatus) : '',
    sector: sectors.includes(sector) ? (sector as Sector) : '',
    consent: consent === 'oui' ? 'given' : consent === 'non' ? 'not_given' : '',
    hasSuggestions: params.get('suggestions') === 'oui',
    waitingForAnswer: params.get('attente') === 'oui',
    page: Number.isInteger(page) && page >= 1 && page <= 500 ? page : 1,
  };
}

/** The URL of these filters: only what differs from the defaults, in French words. */
export function paramsFromFilters(filters: PeopleFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.scope === 'organization') params.set('vue', 'organisation');
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.status) params.set('statut', filters.status);
  if (filters.sector) params.set('secteur', filters.sector);
  if (filters.consent) params.set('consentement', filters.consent === 'given' ? 'oui' : 'non');
  if (filters.hasSuggestions) params.set('suggestions', 'oui');
  if (filters.waitingForAnswer) params.set('attente', 'oui');
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** The query of GET /candidates/caseload for these filters. */
export function caseloadQuery(filters: PeopleFilters) {
  return {
    scope: filters.scope,
    ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.sector ? { sector: filters.sector } : {}),
    ...(filters.consent ? { consent: filters.consent } : {}),
    ...(filters.hasSuggestions ? { hasSuggestions: 'true' as const } : {}),
    ...(filters.waitingForAnswer ? { waitingForAnswer: 'true' as const } : {}),
    limit: pageSize,
    offset: (filters.page - 1) * pageSize,
  };
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
