import type { Actor } from '../accounts/session';
import { NotFoundError } from '../errors';
import type { CandidateDeps } from './candidateDeps';
import { candidateNotFound } from './candidateNotFound';

/** What the barrier use cases need: barriers are always reached through their person. */
export type BarrierDeps = Pick<CandidateDeps, 'candidates' | 'barriers' | 'clock'>;

/** A barrier is reached only through a profile of the caller's organisation. */
export async function ensureCandidate(deps: BarrierDeps, actor: Actor, candidateId: string): Promise<void> {
  if (!(await deps.candidates.findInOrganization(actor.organizationId, candidateId))) throw candidateNotFound();
}

export const barrierNotFound = () => new NotFoundError('Frein introuvable.');
