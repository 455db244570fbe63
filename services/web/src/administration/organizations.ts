import { organizationKindLabels, structureTypeLabels, type Organization, type OrganizationKind } from './labels';

const kinds = Object.keys(organizationKindLabels) as OrganizationKind[];

/** The kind a filter's address names (`?type=employer`), or none for an unknown one. */
export function kindFilter(param: string | null): OrganizationKind | undefined {
  return kinds.find((kind) => kind === param);
}

/** A SIRET as people read it: SIREN in three groups, then the establishment's five digits. */
export function formatSiret(siret: string): string {
  return /^\d{14}$/.test(siret)
    ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`
    : siret;
}

/** What people type (spaces, dots between groups) down to the 14 digits the API checks. */
export function normalizeSiret(text: string): string {
  return text.replace(/[\s.\u00a0\u202f-]/g, '');
}

/** The column that tells organisations apart: an employer's SIRET, a structure's type. */
export function organizationDetail(organization: Organization): string {
  if (organization.kind === 'employer' && organization.siret) return `SIRET ${formatSiret(organization.siret)}`;
  if (organization.kind === 'insertion' && organization.structureType)
    return structureTypeLabels[organization.structureType];
  return '—';
}

/** Alphabetical, as a directory, with the French collation (accents, case). */
export function byName(organizations: readonly Organization[]): Organization[] {
  return [...organizations].sort((a, b) => a.name.localeCompare(b.name, 'fr', { sensitivity: 'base' }));
}

export interface PageOf<T> {
  items: T[];
  page: number;
  pageCount: number;
}

/** One page of a list held whole (pages from 1; a page out of range shows the nearest one). */
export function pageOf<T>(items: readonly T[], page: number, size: number): PageOf<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(1, Number.isInteger(page) ? page : 1), pageCount);
  return { items: items.slice((current - 1) * size, current * size), page: current, pageCount };
}

/** The page number of an address (`?page=3`), 1 when absent or not a positive whole number. */
export function pageParam(param: string | null): number {
  const page = Number(param);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}
