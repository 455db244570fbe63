import type { Match } from '../../domain/pipeline/match';
import type { MatchFilter } from '../../ports/MatchRepository';

/**
 * Which id lists (IdLists) hold a match, and which of them serves a filter: the pipeline's pages
 * read a list and then the matches by id, instead of a query that reads the matches collection on
 * FerretDB's SQLite backend. Each list is bounded by its owner: an offer's or a person's pipeline,
 * a structure's people, an employer's proposals, the proposals still waiting.
 * The user ids and organisation ids are the keys' hash tags (one node of a Redis Cluster).
 */
// The hourly lists of written matches and the people's statuses came after the first family: a store
// built before them is rebuilt once.
// The referents' lists came after it: 'matches-v5'.
export const matchListsFamily = 'matches-v5';

type Listed = Pick<
  Match,
  'offerId' | 'candidateId' | 'offerOrganizationId' | 'candidateOrganizationId' | 'status' | 'proposedAt'
>;

export const offerList = (offerId: string) => `m:offer:{${offerId}}`;
export const candidateList = (candidateId: string) => `m:candidate:{${candidateId}}`;
/** An offer's matches its employer was proposed (what the employer's pages of an offer list). */
const offerProposedList = (offerId: string) => `m:offer:{${offerId}}:proposed`;
const structureList = (organizationId: string) => `m:structure:{${organizationId}}`;
const structureWaitingList = (organizationId: string) => `m:structure:{${organizationId}}:waiting`;
const employerProposalsList = (organizationId: string) => `m:employer:{${organizationId}}:proposed`;
/**
 * The matches of the people this adviser is the referent of ("my people's matches"). A match joins
 * its person's referent's list when it is written (the referent read from caseloadLists' map); a
 * change of referent moves the person's matches (MongoCandidateRepository). A reader keeps only the
 * matches whose person the map still gives this referent: a match written while its person changed
 * referent may be left in the former one's list, never missing from the new one's.
 */
export const referentList = (organizationId: string, adviserId: string) =>
  `m:structure:{${organizationId}}:referent:${adviserId}`;
/** Every proposal waiting for its employer's answer (the time rules' work). */
export const waitingList = 'm:waiting';

const hourMs = 3600 * 1000;
/** How long an hour's list of written matches is kept: the time rules read the last few hours. */
export const writtenListsKeptMs = 3 * 24 * hourMs;

/** The matches written in the hour that holds this date (members: ids; kept `writtenListsKeptMs`). */
export const writtenInHour = (date: Date) => `m:written:${Math.floor(date.getTime() / hourMs)}`;

/** The hours' lists that hold every match written from `since` to `until`; null past what is kept. */
export function writtenListsBetween(since: Date, until: Date): string[] | null {
  if (until.getTime() - since.getTime() > writtenListsKeptMs) return null;
  const lists: string[] = [];
  for (let hour = Math.floor(since.getTime() / hourMs); hour <= Math.floor(until.getTime() / hourMs); hour += 1) {
    lists.push(`m:written:${hour}`);
  }
  return lists;
}

/** The proposals waiting for their employer (FieldMaps): a field per match, when it was proposed in ms. */
export const waitingSince = 'm:waiting-since';

/** A structure's people with a proposal waiting (FieldMaps): a field per waiting match, its person's id. */
export const structureWaitingPeople = (organizationId: string) => `m:waiting-people:{${organizationId}}`;

/** A person's matches at a glance (FieldMaps): a field per match, `status|updatedAt in ms`. */
export const candidateStatuses = (candidateId: string) => `m:statuses:{${candidateId}}`;

export const statusField = (match: Pick<Match, 'status' | 'updatedAt'>) =>
  `${match.status}|${match.updatedAt.getTime()}`;

export function fromStatusField(field: string): Pick<Match, 'status' | 'updatedAt'> {
  const [status, at] = field.split('|');
  return { status: status as Match['status'], updatedAt: new Date(Number(at)) };
}

/** The lists this match belongs to, and those it must leave (its status moved on). */
export function listsOfMatch(match: Listed): { in: string[]; out: string[] } {
  const waiting = match.status === 'proposed';
  const lists = [
    offerList(match.offerId),
    candidateList(match.candidateId),
    structureList(match.candidateOrganizationId),
    ...(match.proposedAt ? [employerProposalsList(match.offerOrganizationId), offerProposedList(match.offerId)] : []),
  ];
  const waitingLists = [waitingList, structureWaitingList(match.candidateOrganizationId)];
  return waiting ? { in: [...lists, ...waitingLists], out: [] } : { in: lists, out: waitingLists };
}

const onlyProposed = (filter: MatchFilter) => filter.statuses?.length === 1 && filter.statuses[0] === 'proposed';

/**
 * The lists whose union holds every match of the filter (the narrowest that does), or null when
 * no list does (a filter no page sends).
 */
export function listsFor(filter: MatchFilter): string[] | null {
  if (filter.candidateId) return [candidateList(filter.candidateId)];
  if (filter.offerId) return [filter.proposedOnly ? offerProposedList(filter.offerId) : offerList(filter.offerId)];
  if (filter.referentAdviserId && filter.candidateOrganizationId) {
    return [referentList(filter.candidateOrganizationId, filter.referentAdviserId)];
  }
  if (filter.candidateIds) return filter.candidateIds.map(candidateList);
  if (filter.candidateOrganizationId) {
    return [
      onlyProposed(filter)
        ? structureWaitingList(filter.candidateOrganizationId)
        : structureList(filter.candidateOrganizationId),
    ];
  }
  if (filter.offerOrganizationId && filter.proposedOnly) return [employerProposalsList(filter.offerOrganizationId)];
  if (onlyProposed(filter)) return [waitingList];
  return null;
}

/** Whether the match meets every condition of the filter but the referent (applied to what a list holds). */
export function meetsFilter(match: Listed & { id: string }, filter: MatchFilter): boolean {
  return (
    (!filter.offerOrganizationId || match.offerOrganizationId === filter.offerOrganizationId) &&
    (!filter.candidateOrganizationId || match.candidateOrganizationId === filter.candidateOrganizationId) &&
    (!filter.offerId || match.offerId === filter.offerId) &&
    (!filter.candidateId || match.candidateId === filter.candidateId) &&
    (!filter.candidateIds || filter.candidateIds.includes(match.candidateId)) &&
    (!filter.statuses || filter.statuses.includes(match.status)) &&
    (!filter.proposedOnly || match.proposedAt !== null)
  );
}
