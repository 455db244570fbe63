import type { Rome } from './rome';

export const sectors = [
  'construction',
  'industry',
  'transport_logistics',
  'home_services',
  'digital',
  'agriculture',
  'other',
] as const;
export type Sector = (typeof sectors)[number];

export const sectorLabels: Record<Sector, string> = {
  construction: 'BTP et construction',
  industry: 'Industrie et automobile',
  transport_logistics: 'Transport et logistique',
  home_services: 'Services à la personne',
  digital: 'Numérique',
  agriculture: 'Agriculture',
  other: 'Autres secteurs',
};

/**
 * The sector of a job follows from its ROME code: a domaine professionnel (three characters)
 * where a sector takes part of a grand domaine, otherwise the grand domaine (one letter).
 */
const sectorByDomaineProfessionnel: Record<string, Sector> = {
  K11: 'home_services',
  K12: 'home_services',
  K13: 'home_services',
  M18: 'digital',
};

const sectorByGrandDomaine: Record<string, Sector> = {
  A: 'agriculture',
  E: 'digital',
  F: 'construction',
  H: 'industry',
  I: 'industry',
  N: 'transport_logistics',
};

export function sectorOfRome(rome: Pick<Rome, 'domaineProfessionnel' | 'grandDomaine'>): Sector {
  return (
    sectorByDomaineProfessionnel[rome.domaineProfessionnel.code] ??
    sectorByGrandDomaine[rome.grandDomaine.code] ??
    'other'
  );
}
