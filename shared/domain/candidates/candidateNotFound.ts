import { NotFoundError } from '../errors';

/** Also the answer for another organisation's profile: its existence is not revealed. */
export const candidateNotFound = () => new NotFoundError('Profil introuvable.');
