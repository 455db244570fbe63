import type { SearchEngine } from '../../../ports/SearchEngine';
import { appellationsIndex, type AppellationSearchDocument } from '../../../ports/searchIndexes/appellationsIndex';
import type { Sector } from '../sectors';

export interface AppellationSuggestion {
  code: string;
  label: string;
  romeCode: string;
  romeLabel: string;
  sector: Sector;
}

/** Resolves a free-text job title to ROME appellations, typo-tolerant, best first. */
export class SuggestAppellations {
  constructor(private readonly deps: { searchEngine: SearchEngine }) {}

  async execute(input: { text: string; limit: number; sector?: Sector }): Promise<AppellationSuggestion[]> {
    const result = await this.deps.searchEngine.search<AppellationSearchDocument>(appellationsIndex.name, {
      text: input.text,
      limit: input.limit,
      ...(input.sector ? { where: [{ field: 'sector', equals: input.sector }] } : {}),
    });
    return result.hits.map(({ document }) => ({
      code: document.id,
      label: document.label,
      romeCode: document.romeCode,
      romeLabel: document.romeLabel,
      sector: document.sector as Sector,
    }));
  }
}
