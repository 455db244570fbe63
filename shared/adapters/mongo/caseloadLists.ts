import type { CandidateStatus } from '../../domain/candidates/candidateProfile';
import type { Sector } from '../../domain/reference/sectors';
import type { ListEntry } from './listEntries';

/**
 * The caseload's lists beside the database (IdLists): a structure's people, each referent's, and
 * the structure's people by status, by desired sector and by consent, every list in the order of
 * the caseload page (last name, first name, then id, compared byte by byte as the database's sort
 * compares them). A page with filters is the intersection of the lists its filters name, its name
 * filter applied to the members themselves: no page and no total reads the people's collection.
 * Members are `lastName NUL firstName NUL id`.
 */
// The facet lists, then the referents' map, came after the first family: a store built before them
// is rebuilt once.
export const caseloadListsFamily = 'caseload-v3';

interface Listed {
  id: string;
  organizationId: string;
  referentAdviserId: string | null;
  contact: { firstName: string; lastName: string };
  status: CandidateStatus;
  desiredSectors: readonly Sector[];
  consent: { shareWithEmployers: boolean } | null;
}

/** What the lists can answer: the referent, the status, one sector, the consent. */
export interface CaseloadFacets {
  referentAdviserId?: string | undefined;
  status?: CandidateStatus | undefined;
  sector?: Sector | undefined;
  consentGiven?: boolean | undefined;
}

export const structureCaseload = (organizationId: string) => `c:{${organizationId}}`;
export const referentCaseload = (organizationId: string, adviserId: string) =>
  `c:{${organizationId}}:referent:${adviserId}`;
const statusCaseload = (organizationId: string, status: CandidateStatus) => `c:{${organizationId}}:status:${status}`;
const sectorCaseload = (organizationId: string, sector: Sector) => `c:{${organizationId}}:sector:${sector}`;
const consentCaseload = (organizationId: string, given: boolean) =>
  `c:{${organizationId}}:consent:${given ? 'given' : 'not-given'}`;

/**
 * A structure's people and their referents (FieldMaps): a field per person, the referent's id. The
 * pipeline's lists read it to list a match under its person's referent (matchLists.ts).
 */
export const referentsOf = (organizationId: string) => `c:{${organizationId}}:referents`;

/** The referents' fields of these people, by the map of their structure (the people without one left out). */
export function referentFields(people: readonly Pick<Listed, 'id' | 'organizationId' | 'referentAdviserId'>[]) {
  const maps = new Map<string, Record<string, string>>();
  for (const person of people) {
    if (!person.referentAdviserId) continue;
    const fields = maps.get(referentsOf(person.organizationId)) ?? {};
    fields[person.id] = person.referentAdviserId;
    maps.set(referentsOf(person.organizationId), fields);
  }
  return maps;
}

export function caseloadMember(person: Pick<Listed, 'id' | 'contact'>): string {
  return `${person.contact.lastName}\u0000${person.contact.firstName}\u0000${person.id}`;
}

export function idOfMember(member: string): string {
  return member.slice(member.lastIndexOf('\u0000') + 1);
}

/** The first and the last name a member carries. */
export function namesOfMember(member: string): { lastName: string; firstName: string } {
  const [lastName = '', firstName = ''] = member.split('\u0000');
  return { lastName, firstName };
}

/** The lists the person is in, each with the member that stands for them. */
export function caseloadEntries(person: Listed): ListEntry[] {
  const member = caseloadMember(person);
  const organization = person.organizationId;
  return [
    structureCaseload(organization),
    ...(person.referentAdviserId ? [referentCaseload(organization, person.referentAdviserId)] : []),
    statusCaseload(organization, person.status),
    ...[...new Set(person.desiredSectors)].map((sector) => sectorCaseload(organization, sector)),
    consentCaseload(organization, person.consent?.shareWithEmployers === true),
  ].map((list) => ({ list, member }));
}

/**
 * The lists whose intersection holds the people these facets keep, the narrowest kinds first; the
 * structure's own list only when no facet is asked (every other list is part of it).
 */
export function caseloadListsFor(organizationId: string, facets: CaseloadFacets): string[] {
  const narrower = [
    ...(facets.referentAdviserId ? [referentCaseload(organizationId, facets.referentAdviserId)] : []),
    ...(facets.sector ? [sectorCaseload(organizationId, facets.sector)] : []),
    ...(facets.status ? [statusCaseload(organizationId, facets.status)] : []),
    ...(facets.consentGiven === undefined ? [] : [consentCaseload(organizationId, facets.consentGiven)]),
  ];
  return narrower.length > 0 ? narrower : [structureCaseload(organizationId)];
}
