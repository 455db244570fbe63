import type { Model } from 'mongoose';
import type { FieldMaps } from '../../ports/FieldMaps';
import { importKey } from './versionedWrites';

interface Imported {
  id: string;
  organizationId: string;
  externalRef: string | null;
}

/**
 * Which record an organisation's external reference names (FieldMaps: a field per import key,
 * `organisation/reference`, its record's id), so that an import finds a row's record by key instead
 * of a query on `importKey`, which reads the whole collection on FerretDB's SQLite backend. The
 * reference never changes after creation; the unique index on `importKey` stays the guard.
 */
export class ImportKeys {
  private readonly map: string;
  private readonly family: string;

  constructor(
    private readonly maps: FieldMaps,
    entity: 'candidate' | 'offer',
  ) {
    this.map = `import-keys:${entity}`;
    this.family = `import-keys-${entity}`;
  }

  async remember(records: readonly Imported[]): Promise<void> {
    const fields: Record<string, string> = {};
    for (const record of records) {
      const key = importKey(record.organizationId, record.externalRef).importKey;
      if (key) fields[key] = record.id;
    }
    await this.maps.set(this.map, fields);
  }

  async forget(record: Imported): Promise<void> {
    const key = importKey(record.organizationId, record.externalRef).importKey;
    if (key) await this.maps.remove(this.map, [key]);
  }

  /**
   * After a creation refused for a duplicate reference: the record it names may miss its import key
   * (a write that stopped before it), so it is kept now. A rare path: the query reads the collection.
   */
  async rememberExisting<D>(
    model: Model<D>,
    organizationId: string,
    externalRef: string | null,
    toRecord: (document: D) => Imported,
  ): Promise<void> {
    const key = importKey(organizationId, externalRef);
    if (!key.importKey) return;
    const existing = await model.findOne(key).lean<D>();
    if (existing) await this.remember([toRecord(existing)]);
  }

  /** The id the reference was last known to name (to be read and checked by key), or null. */
  async idOf(organizationId: string, externalRef: string): Promise<string | null> {
    const key = importKey(organizationId, externalRef).importKey!;
    return (await this.maps.get(this.map, [key])).get(key) ?? null;
  }

  /** From every record (a process start that finds the family missing). */
  async rebuildIfMissing(forEachBatch: (handle: (records: Imported[]) => Promise<void>) => Promise<void>) {
    if (await this.maps.isBuilt(this.family)) return;
    await forEachBatch((records) => this.remember(records));
    await this.maps.markBuilt(this.family);
  }
}
