import type { CandidateRepository } from '../../../ports/CandidateRepository';
import type { OfferRepository } from '../../../ports/OfferRepository';
import type { SuggestionRepository } from '../../../ports/SuggestionRepository';
import type { Actor } from '../../accounts/session';
import type { CandidateProfile } from '../../candidates/candidateProfile';
import { offerNotFound } from '../../offers/useCases/updateOffer';
import { selectSuggestions, toSuggestionsView, type SuggestionsView } from '../suggestionsView';

export type SuggestedCandidate = Pick<
  CandidateProfile,
  'id' | 'contact' | 'desiredJobs' | 'status' | 'referentAdviserId'
>;

/**
 * The people suggested for a published offer, among those the adviser's organisation follows
 * only: the suggestions of other organisations' people stay with their advisers.
 */
export class GetOfferSuggestions {
  constructor(
    private readonly deps: {
      offers: OfferRepository;
      candidates: CandidateRepository;
      suggestions: SuggestionRepository;
    },
  ) {}

  async execute(input: {
    actor: Actor;
    offerId: string;
    minScore: number;
    limit: number;
  }): Promise<SuggestionsView<SuggestedCandidate>> {
    const { organizationId } = input.actor;
    const offer = await this.deps.offers.findPublishedToShow(input.offerId);
    if (!offer) throw offerNotFound();
    const list = await this.deps.suggestions.findListToShow({ entity: 'offer', id: offer.id }, organizationId);
    const selected = selectSuggestions(list, {
      visible: (suggestion) => suggestion.candidateOrganizationId === organizationId,
      minScore: input.minScore,
      limit: input.limit,
    });
    const profiles = new Map(
      (
        await this.deps.candidates.listInOrganizationByIds(
          organizationId,
          selected.map((suggestion) => suggestion.candidateId),
        )
      ).map((profile) => [profile.id, profile]),
    );
    const items = selected.flatMap((suggestion) => {
      const profile = profiles.get(suggestion.candidateId);
      if (!profile) return [];
      const { id, contact, desiredJobs, status, referentAdviserId } = profile;
      return [{ ...suggestion, counterpart: { id, contact, desiredJobs, status, referentAdviserId } }];
    });
    return toSuggestionsView(list, offer.version, items, organizationId);
  }
}
