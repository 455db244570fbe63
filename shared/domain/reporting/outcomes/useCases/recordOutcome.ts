import { randomUUID } from 'node:crypto';
import type { CandidateRepository } from '../../../../ports/CandidateRepository';
import type { Actor } from '../../../accounts/session';
import { candidateNotFound } from '../../../candidates/candidateNotFound';
import { ForbiddenError, ValidationError } from '../../../errors';
import type { ContractType } from '../../../reference/employmentTerms';
import type { Sector } from '../../../reference/sectors';
import type { Outcome, OutcomeKind } from '../outcome';
import { saveOutcome, type OutcomeDeps } from '../saveOutcome';

export interface OutcomeInput {
  kind: OutcomeKind;
  date: Date;
  contractType: ContractType | null;
  durationMonths: number | null;
  subsidised: boolean;
  qualifying: boolean | null;
  sector: Sector | null;
}

/** An adviser records what became of a person of their organisation (a hire through the pipeline records itself). */
export class RecordOutcome {
  constructor(private readonly deps: OutcomeDeps & { candidates: CandidateRepository }) {}

  async execute(input: { actor: Actor; candidateId: string; outcome: OutcomeInput }): Promise<Outcome> {
    const { actor, outcome } = input;
    if (actor.role !== 'adviser') throw new ForbiddenError('Réservé aux conseillers.');
    const profile = await this.deps.candidates.findInOrganization(actor.organizationId, input.candidateId);
    if (!profile) throw candidateNotFound();
    const problems = outcomeProblems(outcome, this.deps.clock.now());
    if (problems.length > 0) throw new ValidationError('Sortie incomplète ou incohérente.', problems);
    return saveOutcome(this.deps, randomUUID(), {
      ...outcome,
      contractType: outcome.kind === 'employment' ? outcome.contractType : null,
      durationMonths: outcome.kind === 'employment' ? outcome.durationMonths : null,
      qualifying: outcome.kind === 'training' ? outcome.qualifying : null,
      candidateId: profile.id,
      organizationId: profile.organizationId,
      matchId: null,
      offerId: null,
      employerOrganizationId: null,
      recordedBy: actor.userId,
    });
  }
}

function outcomeProblems(outcome: OutcomeInput, now: Date): { field: string; reason: string }[] {
  const problems: { field: string; reason: string }[] = [];
  if (outcome.kind === 'employment' && outcome.contractType === null) {
    problems.push({ field: 'contractType', reason: 'le type de contrat est demandé pour un emploi' });
  }
  if (
    outcome.kind === 'employment' &&
    (outcome.contractType === 'cdd' || outcome.contractType === 'interim') &&
    outcome.durationMonths === null
  ) {
    problems.push({ field: 'durationMonths', reason: 'la durée prévue est demandée pour un CDD ou une mission' });
  }
  if (outcome.kind === 'training' && outcome.qualifying === null) {
    problems.push({ field: 'qualifying', reason: 'dites si la formation est qualifiante' });
  }
  const yearMs = 365 * 24 * 3600 * 1000;
  if (outcome.date.getTime() > now.getTime() + yearMs) {
    problems.push({ field: 'date', reason: 'la date est à plus d’un an' });
  }
  return problems;
}
