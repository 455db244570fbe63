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
};

export interface AppellationSearchDocument {
  [field: string]: string;
  id: string;
  label: string;
  romeLabel: string;
  romeCode: string;
  sector: string;
}
