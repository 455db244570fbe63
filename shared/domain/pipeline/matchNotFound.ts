import { NotFoundError } from '../errors';

/** Also the answer for a match the actor may not see: its existence is not revealed. */
export const matchNotFound = () => new NotFoundError('Mise en relation introuvable.');
