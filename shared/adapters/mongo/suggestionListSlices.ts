import type { SuggestionList, SuggestionSubject } from '../../domain/matching/suggestion';
import type { SuggestionListDocument } from './suggestionListModel';

/**
 * How lists are laid out in the collection. A person's list is one document. An offer's list is a
 * head (`offer:id`: the computation's figures, the organisations that have a slice) and one slice
 * per organisation of the people suggested (`offer:id|organisationId`: that organisation's
 * suggestions, with the head's figures): an adviser's page reads their organisation's slice only,
 * a third of the list in a Département of three structures, whatever the others hold. Lists saved
 * before slices are whole documents, read as they are.
 */
export const keyOf = (subject: SuggestionSubject) => `${subject.entity}:${subject.id}`;

export const sliceKeyOf = (subject: SuggestionSubject, organizationId: string) => `${keyOf(subject)}|${organizationId}`;

/** The documents of a list, each without its key and revision: the head, and the slices by organisation. */
export function sliceList(list: SuggestionList): {
  head: Omit<SuggestionListDocument, '_id' | 'revision'>;
  slices: Map<string, Omit<SuggestionListDocument, '_id' | 'revision'>>;
} {
  if (list.subject.entity !== 'offer') return { head: list, slices: new Map() };
  const byOrganization = new Map<string, SuggestionList['suggestions']>();
  for (const suggestion of list.suggestions) {
    const organizationId = suggestion.candidateOrganizationId;
    byOrganization.set(organizationId, [...(byOrganization.get(organizationId) ?? []), suggestion]);
  }
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

/** A whole list from its head and the slices found (a head without slices is a whole list already). */
export function joinSlices(
  head: SuggestionListDocument,
  slices: readonly SuggestionListDocument[],
): SuggestionListDocument {
  if (!head.slices) return head;
  return { ...head, suggestions: slices.flatMap((slice) => slice.suggestions) };
}
