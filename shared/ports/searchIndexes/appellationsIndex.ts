import type { IndexDefinition } from '../SearchEngine';

/** Job titles, searched by what people type ("chaufeur poids lourd"): the title first, then its ROME label. */
export const appellationsIndex: IndexDefinition = {
  name: 'appellations',
  fields: {
    label: 'text',
    romeLabel: 'text',
    romeCode: 'keyword',
    sector: 'keyword',
  },
  searchable: ['label', 'romeLabel'],
  sortable: [],
  // Suggestions for what someone types: the first few are all anyone reads.
  maxTotalHits: 1_000,
  maxValuesPerFacet: 100,
};

export interface AppellationSearchDocument {
  [field: string]: string;
  id: string;
  label: string;
  romeLabel: string;
  romeCode: string;
  sector: string;
}
