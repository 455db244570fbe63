import type { SuggestionList, SuggestionSubject } from '../../domain/matching/suggestion';
import { appendTo } from './appendTo';
import type { SuggestionListDocument } from './suggestionListModel';

/**
 * How lists are laid out in the collection. A person's list is one document. An offer's list is a
 * head (`offer:id`: the computation's figures, the organisations that have a slice) and one slice
 * per organisation of the people suggested (`offer:id|organisationId`: that organisation's
 * suggestions, with the head's figures): an adviser's page reads their organisation's slice only,
 * a third of the list in a Département of three structures, whatever the others hold.
 * A save writes the head first, then the slices, each with the head's revision: a slice counts
 * only when the head lists its organisation with the same revision, so a save that stopped halfway
 * shows the old list nowhere and a mix of the two nowhere; the organisations that lost their
 * slice are listed in the head (`leaving`) until they are deleted. Lists saved before slices are
 * whole documents, read as they are.
 */
export const keyOf = (subject: SuggestionSubject) => `${subject.entity}:${subject.id}`;

export const sliceKeyOf = (subject: SuggestionSubject, organizationId: string) => `${keyOf(subject)}|${organizationId}`;

export const sliceKeysOf = (subject: SuggestionSubject, organizationIds: readonly string[]) =>
  organizationIds.map((organizationId) => sliceKeyOf(subject, organizationId));

/** The organisations a head may still have a slice for: those it lists, and those leaving. */
export function organizationsWithSlices(head: Pick<SuggestionListDocument, 'slices' | 'leaving'> | null): string[] {
  return [...new Set([...(head?.slices ?? []), ...(head?.leaving ?? [])])];
}

/** The documents of a list, each without its key and revision: the head, and the slices by organisation. */
export function sliceList(list: SuggestionList): {
  head: Omit<SuggestionListDocument, '_id' | 'revision'>;
  slices: Map<string, Omit<SuggestionListDocument, '_id' | 'revision'>>;
} {
  if (list.subject.entity !== 'offer') return { head: list, slices: new Map() };
  const byOrganization = new Map<string, SuggestionList['suggestions']>();
  for (const suggestion of list.suggestions) appendTo(byOrganization, suggestion.candidateOrganizationId, suggestion);
  const slices = new Map(
    [...byOrganization].map(([organizationId, suggestions]) => {
      const figures = list.byOrganization[organizationId];
      return [
        organizationId,
        {
          ...list,
          suggestions,
          byOrganization: figures ? { [organizationId]: figures } : {},
          slice: organizationId,
        },
      ];
    }),
  );
  return { head: { ...list, suggestions: [], slices: [...slices.keys()] }, slices };
}

/** Whether this slice holds the head's list (saved with it, for an organisation it lists). */
export function belongsToHead(head: SuggestionListDocument, slice: SuggestionListDocument): boolean {
  return slice.slice !== undefined && (head.slices ?? []).includes(slice.slice) && slice.revision === head.revision;
}

/** What one organisation's page shows: its slice, else the head (none of its people is suggested). */
export function viewOf(
  head: SuggestionListDocument,
  slice: SuggestionListDocument | undefined,
): SuggestionListDocument {
  return slice && belongsToHead(head, slice) ? slice : head;
}

/**
 * A whole list from its head and the slices found, those of its revision only (a head without
 * slices is a whole list already).
 */
export function joinSlices(
  head: SuggestionListDocument,
  slices: readonly SuggestionListDocument[],
): SuggestionListDocument {
  if (!head.slices) return head;
  const current = slices.filter((slice) => belongsToHead(head, slice));
  return { ...head, suggestions: current.flatMap((slice) => slice.suggestions) };
}
