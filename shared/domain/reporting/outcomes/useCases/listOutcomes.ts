import type { CandidateRepository } from '../../../../ports/CandidateRepository';
import type { OutcomeRepository } from '../../../../ports/OutcomeRepository';
import type { Actor } from '../../../accounts/session';
import { candidateNotFound } from '../../../candidates/candidateNotFound';
import type { Outcome } from '../outcome';
import { classifyOutcome, type OutcomeClass } from '../outcomeClass';

/** The outcomes of a person of the adviser's organisation, each with its class. */
export class ListOutcomes {
  constructor(private readonly deps: { outcomes: OutcomeRepository; candidates: CandidateRepository }) {}

  async execute(input: { actor: Actor; candidateId: string }): Promise<(Outcome & { outcomeClass: OutcomeClass })[]> {
    const profile = await this.deps.candidates.findInOrganization(input.actor.organizationId, input.candidateId);
    if (!profile || input.actor.role !== 'adviser') throw candidateNotFound();
    const outcomes = await this.deps.outcomes.listForCandidate(profile.organizationId, profile.id);
    return outcomes.map((outcome) => ({ ...outcome, outcomeClass: classifyOutcome(outcome) }));
  }
}
