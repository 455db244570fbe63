import type { Actor } from '../../accounts/session';
import { candidateNotFound } from '../../candidates/candidateNotFound';
import { ConflictError, ValidationError } from '../../errors';
import { toMatchCandidate, toMatchOffer } from '../../matching/matchInputs';
import { scoreMatch } from '../../matching/scoreMatch';
import { offerNotFound } from '../../offers/useCases/updateOffer';
import type { Match } from '../match';
import type { PipelineDeps } from '../pipelineDeps';

/**
 * An adviser takes a person into the pipeline for a published offer (usually from a suggestion;
 * the score is computed afresh from both). One match per pair: asking again returns the one there.
 */
export class StartMatch {
  constructor(private readonly deps: PipelineDeps) {}

  async execute(input: {
    actor: Actor;
    offerId: string;
    candidateId: string;
  }): Promise<{ match: Match; created: boolean }> {
    const { matches, offers, candidates, clock } = this.deps;
    const existing = await matches.findByPair(input.offerId, input.candidateId);
    const profile = await candidates.findInOrganization(input.actor.organizationId, input.candidateId);
    if (!profile) throw candidateNotFound();
    if (existing) return { match: existing, created: false };
    const offer = await offers.findPublished(input.offerId);
    if (!offer) throw offerNotFound();

    const now = clock.now();
    const outcome = scoreMatch(toMatchOffer(offer), toMatchCandidate(profile), {
      now,
      lastProposedAt: profile.lastProposedAt,
      profileCreatedAt: profile.createdAt,
      jobs: this.deps.jobs,
    });
    if (!outcome.eligible) {
      throw new ValidationError(
        'Cette personne ne remplit pas les conditions de l’offre.',
        outcome.failures.map((failure) => ({ field: failure.code, reason: failure.reason })),
      );
    }
    const { eligible: _eligible, ...assessment } = outcome;
    const created = await matches.create({
      offerId: offer.id,
      candidateId: profile.id,
      offerOrganizationId: offer.organizationId,
      candidateOrganizationId: profile.organizationId,
      status: 'suggested',
      assessment,
      proposalComment: null,
      proposedAt: null,
      sharedProfile: null,
      interview: null,
      contactShared: false,
      createdAt: now,
    });
    if (created) return { match: created, created: true };
    // Created meanwhile by a colleague (or a double click): the one there is the answer.
    const raced = await matches.findByPair(offer.id, profile.id);
    if (!raced) throw new ConflictError('Mise en relation en cours de création, réessayez.');
    return { match: raced, created: false };
  }
}
