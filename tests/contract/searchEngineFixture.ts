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
    },
    searchable: ['title', 'description'],
    sortable: ['weeklyHours'],
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
  },
];
