/**
 * The words offers and profiles share, each with the French label people read (in forms and in
 * the explanation of a match). Codes are stable identifiers stored in the database.
 */
export const contractTypes = [
  'cdi',
  'cdd',
  'interim',
  'apprenticeship',
  'professionalisation',
  'cddi',
  'pmsmp',
] as const;
export type ContractType = (typeof contractTypes)[number];
export const contractTypeLabels: Record<ContractType, string> = {
  cdi: 'CDI',
  cdd: 'CDD',
  interim: 'Intérim',
  apprenticeship: 'Contrat d’apprentissage',
  professionalisation: 'Contrat de professionnalisation',
  cddi: 'CDDI (insertion)',
  pmsmp: 'Immersion (PMSMP)',
};

export const workSchedules = ['day', 'night', 'shifts', 'weekends'] as const;
export type WorkSchedule = (typeof workSchedules)[number];
export const workScheduleLabels: Record<WorkSchedule, string> = {
  day: 'journée',
  night: 'nuit',
  shifts: 'travail posté (3x8, 2x8)',
  weekends: 'week-ends',
};

export const remoteModes = ['on_site', 'hybrid', 'full_remote'] as const;
export type RemoteMode = (typeof remoteModes)[number];

/**
 * Demands of a job on the body. An offer lists those it involves; a profile lists those the person
 * cannot take on, as a neutral constraint they agreed to share (never a diagnosis).
 */
export const physicalDemands = [
  'heavy_lifting',
  'prolonged_standing',
  'work_at_height',
  'outdoor_work',
  'repetitive_motion',
  'noisy_environment',
] as const;
export type PhysicalDemand = (typeof physicalDemands)[number];
export const physicalDemandLabels: Record<PhysicalDemand, string> = {
  heavy_lifting: 'port de charges lourdes',
  prolonged_standing: 'station debout prolongée',
  work_at_height: 'travail en hauteur',
  outdoor_work: 'travail en extérieur',
  repetitive_motion: 'gestes répétitifs',
  noisy_environment: 'environnement bruyant',
};

/** French qualification levels (nomenclature 2019): 3 = CAP/BEP, 4 = bac, 5 = bac+2 … 8 = doctorat. */
export const qualificationLevels = [3, 4, 5, 6, 7, 8] as const;
export type QualificationLevel = (typeof qualificationLevels)[number];
export const qualificationLevelLabels: Record<QualificationLevel, string> = {
  3: 'niveau 3 (CAP, BEP)',
  4: 'niveau 4 (bac)',
  5: 'niveau 5 (bac+2)',
  6: 'niveau 6 (licence, bac+3)',
  7: 'niveau 7 (master, bac+5)',
  8: 'niveau 8 (doctorat)',
};

/** A comparable rank: no qualification ranks below level 3. */
export function qualificationRank(level: QualificationLevel | null): number {
  return level ?? 0;
}

export const transportModes = ['car', 'motorbike', 'bicycle', 'public_transport', 'walking', 'carpooling'] as const;
export type TransportMode = (typeof transportModes)[number];

/** Skills are free text; two spellings of one skill compare equal. */
export function skillKey(skill: string): string {
  return skill
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim();
}
