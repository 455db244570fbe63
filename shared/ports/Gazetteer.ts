import type { Commune, CommuneQuery, CommuneResolution } from '../domain/geography/commune';

/** French communes, offline: resolution of what people type to a place with coordinates. */
export interface Gazetteer {
  resolve(query: CommuneQuery): Promise<CommuneResolution>;
  /** Suggestions for a code, the start of a postal code, or a name; most populous first. */
  search(text: string, limit: number): Promise<Commune[]>;
}
