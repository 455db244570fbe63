import type { IndexDefinition, SearchDocument } from '../../shared/ports/SearchEngine';

export function contractIndex(name: string): IndexDefinition {
  return {
    name,
    fields: {
      title: 'text',
      description: 'text',
      sector: 'keyword',
      licences: 'keyword[]',
      weeklyHours: 'number',
      remote: 'boolean',
      location: 'geo',
      payload: 'stored',
    },
    searchable: ['title', 'description'],
    sortable: ['weeklyHours'],
    maxTotalHits: 1_000,
    maxValuesPerFacet: 100,
  };
}

const lille = { lat: 50.6292, lng: 3.0573 };
const roubaix = { lat: 50.6942, lng: 3.1746 }; // ~11 km from Lille
const arras = { lat: 50.291, lng: 2.7775 }; // ~43 km from Lille
const ivry = { lat: 48.8156, lng: 2.3849 }; // Val-de-Marne

export const contractDocuments: SearchDocument[] = [
  {
    id: 'truck',
    title: 'Conducteur poids lourd',
    description: 'Livraisons régionales',
    sector: 'transport',
    licences: ['C', 'FIMO'],
    weeklyHours: 35,
    remote: false,
    location: lille,
    payload: JSON.stringify({ kept: 'truck', hours: [8, 17] }),
  },
  {
    id: 'bus',
    title: 'Conducteur de bus',
    description: 'Lignes urbaines',
    sector: 'transport',
    licences: ['D'],
    weeklyHours: 28,
    remote: false,
    location: roubaix,
    payload: JSON.stringify({ kept: 'bus', hours: [8, 17] }),
  },
  {
    id: 'mason',
    title: 'Maçon coffreur',
    description: 'Gros-œuvre, chantiers',
    sector: 'construction',
    licences: ['B'],
    weeklyHours: 39,
    remote: false,
    location: arras,
    payload: JSON.stringify({ kept: 'mason', hours: [8, 17] }),
  },
  {
    id: 'forklift',
    title: 'Cariste',
    description: 'Entrepôt logistique, CACES R489',
    sector: 'transport',
    licences: ['B', 'CACES_R489_3'],
    weeklyHours: 35,
    remote: false,
    location: ivry,
    payload: JSON.stringify({ kept: 'forklift', hours: [8, 17] }),
  },
  {
    id: 'dev',
    title: 'Développeur web',
    description: 'Applications pour les collectivités',
    sector: 'digital',
    licences: [],
    weeklyHours: 35,
    remote: true,
    location: lille,
    payload: JSON.stringify({ kept: 'dev', hours: [8, 17] }),
  },
];
