export const organizationKinds = ['employer', 'insertion', 'territory'] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

/** The public-employment and insertion structures that follow job seekers. */
export const insertionStructureTypes = [
  'departement',
  'france_travail',
  'mission_locale',
  'plie',
  'cap_emploi',
  'siae',
  'other',
] as const;
export type InsertionStructureType = (typeof insertionStructureTypes)[number];

interface OrganizationBase {
  id: string;
  name: string;
  /** The territory organisation that administers this one; a territory administers itself. */
  territoryId: string;
  createdAt: Date;
}

export interface EmployerOrganization extends OrganizationBase {
  kind: 'employer';
  siret: string;
}

export interface InsertionOrganization extends OrganizationBase {
  kind: 'insertion';
  structureType: InsertionStructureType;
}

export interface TerritoryOrganization extends OrganizationBase {
  kind: 'territory';
}

export type Organization = EmployerOrganization | InsertionOrganization | TerritoryOrganization;

export type NewOrganization =
  | { kind: 'employer'; name: string; siret: string }
  | { kind: 'insertion'; name: string; structureType: InsertionStructureType }
  | { kind: 'territory'; name: string };
