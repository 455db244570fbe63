import type { Actor } from '../../accounts/session';
import { isMatchable, type CandidateProfile } from '../../candidates/candidateProfile';
import { ConflictError, ForbiddenError, ValidationError } from '../../errors';
import { applyTransition, type PipelineActor, type TransitionRequest } from '../applyTransition';
import { IllegalTransitionError } from '../illegalTransition';
import type { Match } from '../match';
import { matchNotFound } from '../matchNotFound';
import { canSee } from '../matchVisibility';
import type { PipelineDeps } from '../pipelineDeps';
import { transitionEvent } from '../pipelineEvents';
import { sharedProfileOf } from '../sharedProfile';
import { saveOutcome } from '../../reporting/outcomes/saveOutcome';
import { FillOfferWhenHired } from './fillOfferWhenHired';

/**
 * One step of the pipeline by an adviser or an employer: the state machine decides, the history
 * records it, an event tells the others. A second identical request changes nothing.
 */
export class TransitionMatch {
  private readonly fillOffer: FillOfferWhenHired;

  constructor(private readonly deps: PipelineDeps) {
    this.fillOffer = new FillOfferWhenHired(deps);
  }

  async execute(input: { actor: Actor; matchId: string; request: TransitionRequest }): Promise<Match> {
    const { actor } = input;
    if (actor.role !== 'adviser' && actor.role !== 'employer') throw new ForbiddenError('Action réservée.');
    const pipelineActor: PipelineActor = {
      kind: actor.role,
      userId: actor.userId,
      organizationId: actor.organizationId,
    };
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const match = await this.deps.matches.findById(input.matchId);
      if (!match || !canSee(actor, match)) throw matchNotFound();
      const proposedProfile = input.request.action === 'propose' ? await this.consentingProfile(match) : null;

      const now = this.deps.clock.now();
      const applied = applyTransition(match, input.request, pipelineActor, now);
      // The proposal writes down what the employer is shown of the person, then and for good.
      const outcome =
        applied.kind === 'applied' && proposedProfile
          ? { ...applied, match: { ...applied.match, sharedProfile: sharedProfileOf(proposedProfile, now) } }
          : applied;
      if (outcome.kind === 'unchanged') return outcome.match;
      if (outcome.kind === 'forbidden') throw new ForbiddenError('Cette action revient à l’autre partie.');
      if (outcome.kind === 'illegal') throw new IllegalTransitionError(match.status, outcome.allowed);
      if (outcome.kind === 'invalid') throw new ValidationError('Demande incomplète.', outcome.problems);

      if (!(await this.deps.matches.save(outcome.match, match.version))) continue; // written meanwhile: read again
      const saved = { ...outcome.match, version: match.version + 1 };
      await this.deps.events.publish([transitionEvent(saved, outcome.transition)]);
      if (outcome.transition.action === 'hire') {
        await this.recordHire(saved, actor.userId);
        await this.fillOffer.execute(saved.offerId);
      }
      if (outcome.transition.action === 'propose') await this.recordProposal(saved);
      return saved;
    }
    throw new ConflictError('La mise en relation change en ce moment : réessayez.');
  }

  /** A hire is an outcome of the person: employment, on the offer's contract (one per match). */
  private async recordHire(match: Match, userId: string): Promise<void> {
    const offer = await this.deps.offers.findById(match.offerId);
    if (!offer) return;
    await saveOutcome(this.deps, `hire-${match.id}`, {
      candidateId: match.candidateId,
      organizationId: match.candidateOrganizationId,
      kind: 'employment',
      date: offer.startDate && offer.startDate > this.deps.clock.now() ? offer.startDate : this.deps.clock.now(),
      contractType: offer.contractType,
      durationMonths: offer.contractType === 'cdi' ? null : offer.durationMonths,
      subsidised: offer.contractType === 'cddi',
      qualifying: null,
      matchId: match.id,
      offerId: offer.id,
      employerOrganizationId: offer.organizationId,
      sector: offer.job.sector,
      recordedBy: userId,
    });
  }

  /** The waiting criterion of matching counts from the last proposal: the profile keeps its date. */
  private async recordProposal(match: Match): Promise<void> {
    const now = this.deps.clock.now();
    const profile = await this.deps.candidates.update(
      match.candidateOrganizationId,
      match.candidateId,
      { lastProposedAt: now },
      now,
    );
    if (profile) await this.deps.indexing.enqueue('candidate', profile.id, profile.version);
  }

  /** Proposing shows the profile to an employer: only with the person's consent, and while active. */
  private async consentingProfile(match: Match): Promise<CandidateProfile> {
    const profile = await this.deps.candidates.findById(match.candidateId);
    if (!profile || !isMatchable(profile)) {
      throw new ConflictError(
        'Proposition impossible : la personne n’a pas consenti au partage de son profil ou n’est plus en recherche active.',
      );
    }
    return profile;
  }
}
