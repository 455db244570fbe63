import type { z } from 'zod';
import type { FieldProblem } from '../../../shared/domain/errors';

/** Names each offending field by its path, one problem per unknown key. */
export function zodIssuesToFieldProblems(location: 'body' | 'query' | 'params', error: z.ZodError): FieldProblem[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: fieldName(location, [...path, key]), reason: 'champ inconnu' }));
    }
    return [{ field: fieldName(location, path), reason: issue.message }];
  });
}

function fieldName(location: string, path: string[]): string {
  // Body fields are named as the client wrote them; query and path parameters say where they were.
  if (path.length === 0) return location;
  return location === 'body' ? path.join('.') : `${location}.${path.join('.')}`;
}
