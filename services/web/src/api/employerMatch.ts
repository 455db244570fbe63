import type { EmployerMatchView } from '../../../../shared/domain/pipeline/employerView';
import type { components } from './schema';

/** A value as JSON carries it: dates become ISO strings. */
type Json<T> = T extends Date
  ? string
  : T extends readonly (infer Item)[]
    ? Json<Item>[]
    : T extends object
      ? { [Key in keyof T]: Json<T[Key]> }
      : T;

export type Match = components['schemas']['Match'];

/**
 * What an employer reads of a match. The API document declares a match's common fields only
 * (components.schemas.Match is open), so the employer's fields are the domain's own view as JSON:
 * the same single source, not a copy, until the document states the employer view itself.
 */
export type EmployerMatch = Match & Json<EmployerMatchView> & { view: 'employer' };

export function asEmployerMatch(match: Match): EmployerMatch | null {
  return match.view === 'employer' ? (match as unknown as EmployerMatch) : null;
}
