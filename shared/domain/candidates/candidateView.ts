import { NotFoundError } from '../errors';
import type { CandidateProfile } from './candidateProfile';

/** A profile as the advisers of its organisation see it (barriers are read apart). */
export type CandidateView = Omit<CandidateProfile, 'indexedVersion'>;

export function toCandidateView(profile: CandidateProfile): CandidateView {
  const { indexedVersion: _indexed, ...view } = profile;
  return view;
}

export const candidateNotFound = () => new NotFoundError('Profil introuvable.');
