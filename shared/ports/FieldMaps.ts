/**
 * Small maps of fields kept beside the database, each field a string: what a page shows at a glance
 * of many records (how many current suggestions each person has, the status and date of each of a
 * person's matches) without reading their documents. As the lists (IdLists.ts), a cache of the
 * database that its owner writes after the documents and rebuilds from them.
 */
export interface FieldMaps {
  /** Sets these fields, leaving the map's others as they are. */
  set(map: string, fields: Readonly<Record<string, string>>): Promise<void>;
  /** `set` for each of these maps, in one round trip. */
  setEach(maps: ReadonlyMap<string, Readonly<Record<string, string>>>): Promise<void>;
  /** Unknown fields are ignored. */
  remove(map: string, fields: readonly string[]): Promise<void>;
  clear(map: string): Promise<void>;
  /** These fields of one map, those present. */
  get(map: string, fields: readonly string[]): Promise<Map<string, string>>;
  /** Every field of each of these maps, in one round trip (an empty map for a missing one). */
  getAll(maps: readonly string[]): Promise<Map<string, Map<string, string>>>;
  /** Whether the maps of `family` were built from the database (rebuilds are marked done here). */
  isBuilt(family: string): Promise<boolean>;
  markBuilt(family: string): Promise<void>;
}
