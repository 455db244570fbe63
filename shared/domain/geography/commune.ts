import type { GeoPoint } from './geoPoint';

/** A row of the official list (COG), before coordinates are settled. */
export interface CommuneRecord {
  inseeCode: string;
  name: string;
  /** former_commune: a commune déléguée or associée, now part of `parentInseeCode`. */
  kind: 'commune' | 'municipal_district' | 'former_commune';
  /** The commune a municipal district belongs to, or that absorbed a former commune. */
  parentInseeCode: string | null;
  postalCodes: string[];
  departmentCode: string;
  population: number | null;
  centre: GeoPoint | null;
}

export interface Commune {
  inseeCode: string;
  name: string;
  postalCodes: string[];
  departmentCode: string;
  departmentName: string;
  location: GeoPoint;
  /** The coordinates are those of a neighbour sharing the postal code, not of the commune itself. */
  approximate: boolean;
}

/** A place as offers and profiles store it: the commune, and how exactly its location is known. */
export interface CommunePlace {
  inseeCode: string;
  name: string;
  postalCode: string | null;
  departmentCode: string;
  location: GeoPoint;
  approximate: boolean;
}

/** How a person designates a commune: at least one of these. */
export interface CommuneQuery {
  inseeCode?: string | undefined;
  postalCode?: string | undefined;
  name?: string | undefined;
}

export type CommuneResolution = { place: CommunePlace } | { problem: { field: keyof CommuneQuery; reason: string } };
