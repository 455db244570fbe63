import type { Gazetteer } from '../../ports/Gazetteer';
import type { Condition } from '../../ports/SearchEngine';
import type { CommunePlace, CommuneQuery } from '../geography/commune';
import { resolvePlace } from '../geography/resolvePlace';

export interface NearInput {
  commune: CommuneQuery;
  radiusKm: number;
}

/** "Within 20 km of Roubaix": the commune resolved, and the geo condition on the index's point field. */
export async function radiusCondition(
  gazetteer: Gazetteer,
  near: NearInput,
  field: string,
): Promise<{ place: CommunePlace; condition: Condition }> {
  // Search queries name the commune with flat parameters.
  const place = await resolvePlace(gazetteer, near.commune, 'query', {
    inseeCode: 'query.inseeCode',
    postalCode: 'query.postalCode',
    name: 'query.communeName',
  });
  return { place, condition: { field, within: { ...place.location, radiusMeters: near.radiusKm * 1000 } } };
}
