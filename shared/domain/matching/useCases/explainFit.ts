import type { CandidateRepository } from '../../../ports/CandidateRepository';
import type { Clock } from '../../../ports/Clock';
import type { OfferRepository } from '../../../ports/OfferRepository';
import type { Actor } from '../../accounts/session';
import { candidateNotFound } from '../../candidates/candidateNotFound';
import { offerNotFound } from '../../offers/useCases/updateOffer';
import type { ConstraintFailure } from '../hardConstraints';
import type { JobProximity } from '../jobProximity';
import { toMatchCandidate, toMatchOffer } from '../matchInputs';
import { scoreMatch, type MatchScore } from '../scoreMatch';

export interface FitAnswer {
  candidateId: string;
  offerId: string;
  /** Every hard constraint holds: the person can be suggested for the offer. */
  eligible: boolean;
  /** The hard constraints that fail, in French; empty when eligible. */
  failures: ConstraintFailure[];
  /** The score and its breakdown when eligible, null otherwise (a failing constraint is not a low score). */
  assessment: MatchScore | null;
}

/**
 * "Why not this person for this offer?": the same rules as the suggestions, computed afresh for
 * one pair of the adviser's organisation and a published offer, without writing anything.
 */
export class ExplainFit {
  constructor(
    private readonly deps: {
      offers: OfferRepository;
      candidates: CandidateRepository;
      clock: Clock;
      jobs: JobProximity;
    },
  ) {}

  async execute(input: { actor: Actor; candidateId: string; offerId: string }): Promise<FitAnswer> {
    const profile = await this.deps.candidates.findInOrganization(input.actor.organizationId, input.candidateId);
    if (!profile) throw candidateNotFound();
    const offer = await this.deps.offers.findPublished(input.offerId);
    if (!offer) throw offerNotFound();
    const outcome = scoreMatch(toMatchOffer(offer), toMatchCandidate(profile), {
      now: this.deps.clock.now(),
      lastProposedAt: profile.lastProposedAt,
      profileCreatedAt: profile.createdAt,
      jobs: this.deps.jobs,
    });
    const answer = { candidateId: profile.id, offerId: offer.id };
    if (!outcome.eligible) return { ...answer, eligible: false, failures: outcome.failures, assessment: null };
    const { eligible: _eligible, ...assessment } = outcome;
    return { ...answer, eligible: true, failures: [], assessment };
  }
}
