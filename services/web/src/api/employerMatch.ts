import type { components } from './schema';

export type Match = components['schemas']['Match'];

/** What an employer reads of a match (the API document's EmployerMatch). */
export type EmployerMatch = components['schemas']['EmployerMatch'];

export function asEmployerMatch(match: Match): EmployerMatch | null {
  return match.view === 'employer' ? match : null;
}
