import type { Gazetteer } from '../../ports/Gazetteer';
import { ValidationError } from '../errors';
import type { CommunePlace, CommuneQuery } from './commune';

/**
 * Resolves a commune given in a request, or rejects the request naming the field: by default
 * `${prefix}.postalCode`; `fieldNames` maps to other names (a search query's `communeName`).
 */
export async function resolvePlace(
  gazetteer: Gazetteer,
  query: CommuneQuery,
  prefix: string,
  fieldNames: Partial<Record<keyof CommuneQuery, string>> = {},
): Promise<CommunePlace> {
  const resolution = await gazetteer.resolve(query);
  if ('place' in resolution) return resolution.place;
  const { field, reason } = resolution.problem;
  throw new ValidationError('Commune introuvable ou ambiguë.', [
    { field: fieldNames[field] ?? `${prefix}.${field}`, reason },
  ]);
}
