import { NotFoundError } from '../errors';
import type { CandidateProfile } from './candidateProfile';

/** A profile as the advisers of its organisation see it (barriers are read apart). */
export type CandidateView = CandidateProfile;

export function toCandidateView(profile: CandidateProfile): CandidateView {
  return profile;
}

export const candidateNotFound = () => new NotFoundError('Profil introuvable.');
