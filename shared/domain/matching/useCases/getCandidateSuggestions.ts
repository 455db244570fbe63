import type { CandidateRepository } from '../../../ports/CandidateRepository';
import type { OfferRepository } from '../../../ports/OfferRepository';
import type { SuggestionRepository } from '../../../ports/SuggestionRepository';
import type { Actor } from '../../accounts/session';
import { candidateNotFound } from '../../candidates/candidateNotFound';
import type { Offer } from '../../offers/offer';
import { selectSuggestions, toSuggestionsView, type SuggestionsView } from '../suggestionsView';

export type SuggestedOffer = Pick<
  Offer,
  'id' | 'organizationId' | 'title' | 'job' | 'contractType' | 'location' | 'status' | 'expiresAt'
>;

/** The offers suggested for a person, for the advisers of the organisation that follows them. */
export class GetCandidateSuggestions {
  constructor(
    private readonly deps: {
      offers: OfferRepository;
      candidates: CandidateRepository;
      suggestions: SuggestionRepository;
    },
  ) {}

  async execute(input: {
    actor: Actor;
    candidateId: string;
    minScore: number;
    limit: number;
  }): Promise<SuggestionsView<SuggestedOffer>> {
    const profile = await this.deps.candidates.findInOrganization(input.actor.organizationId, input.candidateId);
    if (!profile) throw candidateNotFound();
    const list = await this.deps.suggestions.findListToShow(
      { entity: 'candidate', id: profile.id },
      input.actor.organizationId,
    );
    const selected = selectSuggestions(list, { visible: () => true, minScore: input.minScore, limit: input.limit });
    // Offers no longer published stay readable here: a stale suggestion names the offer it was about.
    const offers = await Promise.all(selected.map((suggestion) => this.deps.offers.findById(suggestion.offerId)));
    const items = selected.flatMap((suggestion, index) => {
      const offer = offers[index];
      if (!offer) return [];
      const { id, organizationId, title, job, contractType, location, status, expiresAt } = offer;
      return [
        { ...suggestion, counterpart: { id, organizationId, title, job, contractType, location, status, expiresAt } },
      ];
    });
    return toSuggestionsView(list, profile.version, items);
  }
}
