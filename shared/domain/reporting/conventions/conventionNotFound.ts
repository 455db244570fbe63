import { NotFoundError } from '../../errors';

/** Also the answer for a convention of another territory, or one the caller's organisation is no partner of. */
export const conventionNotFound = () => new NotFoundError('Convention introuvable.');
