import type { SearchEngine } from '../../../ports/SearchEngine';
import { appellationsIndex, type AppellationSearchDocument } from '../../../ports/searchIndexes/appellationsIndex';
import type { RomeCatalog } from '../rome';
import { sectorOfRome } from '../sectors';

const batchSize = 2_000;

/**
 * Puts every job title of the ROME in the search engine; idempotent (documents are replaced by id).
 * The catalog is read when this runs, so processes that never index do not load it.
 */
export class IndexAppellations {
  constructor(private readonly deps: { loadCatalog: () => RomeCatalog; searchEngine: SearchEngine }) {}

  async execute(): Promise<{ indexed: number }> {
    const { searchEngine } = this.deps;
    const catalog = this.deps.loadCatalog();
    await searchEngine.ensureIndex(appellationsIndex);
    const documents: AppellationSearchDocument[] = [...catalog.appellations.values()].map((appellation) => {
      const rome = catalog.romes.get(appellation.romeCode);
      if (!rome) throw new Error(`appellation ${appellation.code}: unknown ROME ${appellation.romeCode}`);
      return {
        id: appellation.code,
        label: appellation.label,
        romeLabel: rome.label,
        romeCode: rome.code,
        sector: sectorOfRome(rome),
      };
    });
    for (let start = 0; start < documents.length; start += batchSize) {
      await searchEngine.upsert(appellationsIndex.name, documents.slice(start, start + batchSize));
    }
    return { indexed: documents.length };
  }
}
