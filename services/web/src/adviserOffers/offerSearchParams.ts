import { contractTypes, type ContractType } from '../../../../shared/domain/reference/employmentTerms';
import { sectors, type Sector } from '../../../../shared/domain/reference/sectors';

/** What an adviser searches offers by; it lives in the address, so a search can be shared or kept. */
export interface OfferCriteria {
  q: string;
  sectors: Sector[];
  contracts: ContractType[];
  /** A ROME code (N1101). */
  rome: string;
  commune: { inseeCode: string; name: string } | null;
  radiusKm: number;
  /** From 1. */
  page: number;
}

export const radiusChoices = [10, 20, 30, 50, 100] as const;
const defaultRadius = 30;
const romePattern = /^[A-N]\d{4}$/;

const oneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

export function parseCriteria(params: URLSearchParams): OfferCriteria {
  const inseeCode = params.get('commune') ?? '';
  const radius = Number(params.get('rayon'));
  const page = Number(params.get('page'));
  const rome = (params.get('rome') ?? '').trim().toUpperCase();
  return {
    q: params.get('q') ?? '',
    sectors: params.getAll('secteur').filter((value) => oneOf(sectors, value)),
    contracts: params.getAll('contrat').filter((value) => oneOf(contractTypes, value)),
    rome: romePattern.test(rome) ? rome : '',
    commune: /^[0-9AB]{5}$/.test(inseeCode) ? { inseeCode, name: params.get('nom') ?? inseeCode } : null,
    radiusKm: Number.isInteger(radius) && radius >= 1 && radius <= 200 ? radius : defaultRadius,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The address's search part; defaults are left out, so that an empty search is a bare /offres. */
export function criteriaParams(criteria: OfferCriteria): URLSearchParams {
  const params = new URLSearchParams();
  if (criteria.q.trim()) params.set('q', criteria.q.trim());
  criteria.sectors.forEach((sector) => params.append('secteur', sector));
  criteria.contracts.forEach((contract) => params.append('contrat', contract));
  if (criteria.rome) params.set('rome', criteria.rome);
  if (criteria.commune) {
    params.set('commune', criteria.commune.inseeCode);
    params.set('nom', criteria.commune.name);
    if (criteria.radiusKm !== defaultRadius) params.set('rayon', String(criteria.radiusKm));
  }
  if (criteria.page > 1) params.set('page', String(criteria.page));
  return params;
}

/** A change of any filter goes back to the first page. */
export function withChange(criteria: OfferCriteria, change: Partial<Omit<OfferCriteria, 'page'>>): OfferCriteria {
  return { ...criteria, ...change, page: 1 };
}

export function toggled<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((item) => item !== value) : [...values, value];
}

export function toApiQuery(criteria: OfferCriteria, pageSize: number) {
  return {
    ...(criteria.q.trim() ? { q: criteria.q.trim() } : {}),
    ...(criteria.sectors.length ? { sector: criteria.sectors } : {}),
    ...(criteria.contracts.length ? { contract: criteria.contracts } : {}),
    ...(criteria.rome ? { rome: [criteria.rome] } : {}),
    ...(criteria.commune ? { inseeCode: criteria.commune.inseeCode, radiusKm: criteria.radiusKm } : {}),
    limit: pageSize,
    offset: (criteria.page - 1) * pageSize,
  };
}

/** Pages for a total: the search engine reads at most 10 000 results deep. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.min(Math.ceil(total / pageSize), Math.floor(10_000 / pageSize)));
}
