/**
 * The French words of the adviser's people pages: a person's status, barriers, messages and the
 * profile's codes. The domain's labels are reused where it has them (sectors, contracts, demands).
 */
import type { components } from '../api/schema';
import { sectorLabels } from '../../../../shared/domain/reference/sectors';

type Schemas = components['schemas'];
export type Candidate = Schemas['Candidate'];
export type CandidateStatus = Candidate['status'];
export type Sector = Candidate['desiredSectors'][number];
export type TransportMode = Candidate['mobility']['transportModes'][number];
export type LanguageLevel = Candidate['languages'][number]['level'];
export type WorkingTime = Candidate['availability']['workingTime'];
export type BarrierKind = Schemas['Barrier']['kind'];
export type BarrierStatus = Schemas['Barrier']['status'];
export type DeliveryStatus = Schemas['Deliveries'][number]['status'];

export { sectorLabels };

export const candidateStatusLabels: Record<CandidateStatus, string> = {
  active: 'En recherche',
  paused: 'En pause',
  placed: 'En emploi',
  exited: 'Sortie du dispositif',
};

export const candidateStatusHints: Record<CandidateStatus, string> = {
  active: 'Passerelle lui cherche des offres',
  paused: 'Plus de suggestions pour l’instant (formation, santé, démarches…)',
  placed: 'A trouvé un emploi',
  exited: 'N’est plus accompagnée par la structure',
};

export const candidateStatusSeverity: Record<CandidateStatus, 'success' | 'info' | 'new' | undefined> = {
  active: 'success',
  paused: 'new',
  placed: 'info',
  exited: undefined,
};

export const transportModeLabels: Record<TransportMode, string> = {
  car: 'Voiture',
  motorbike: 'Deux-roues motorisé',
  bicycle: 'Vélo',
  public_transport: 'Transports en commun',
  walking: 'À pied',
  carpooling: 'Covoiturage',
};

export const workingTimeLabels: Record<WorkingTime, string> = {
  full_time: 'Temps plein',
  part_time: 'Temps partiel',
  either: 'Temps plein ou partiel',
};

export const languageLevelLabels: Record<LanguageLevel, string> = {
  A1: 'A1 (débutant)',
  A2: 'A2 (élémentaire)',
  B1: 'B1 (indépendant)',
  B2: 'B2 (avancé)',
  C1: 'C1 (autonome)',
  C2: 'C2 (maîtrise)',
  native: 'Langue maternelle',
};

/** The languages most spoken by the people followed, by ISO 639-1 code; the list is open to others in the API. */
export const languageNames: Record<string, string> = {
  fr: 'Français',
  en: 'Anglais',
  ar: 'Arabe',
  es: 'Espagnol',
  pt: 'Portugais',
  it: 'Italien',
  de: 'Allemand',
  tr: 'Turc',
  ro: 'Roumain',
  pl: 'Polonais',
  ru: 'Russe',
  uk: 'Ukrainien',
  zh: 'Chinois',
  vi: 'Vietnamien',
  fa: 'Persan',
  ps: 'Pachto',
  ta: 'Tamoul',
  bm: 'Bambara',
  wo: 'Wolof',
  ln: 'Lingala',
  sw: 'Swahili',
  ti: 'Tigrigna',
  so: 'Somali',
};

export function languageName(code: string): string {
  return languageNames[code] ?? code.toUpperCase();
}

export const barrierKindLabels: Record<BarrierKind, string> = {
  housing: 'Logement',
  health: 'Santé',
  mobility: 'Mobilité',
  childcare: 'Garde d’enfants',
  digital: 'Numérique',
  language: 'Langue',
  administrative: 'Démarches administratives',
  financial: 'Difficultés financières',
};

export const barrierStatusLabels: Record<BarrierStatus, string> = {
  identified: 'Repéré',
  in_progress: 'En cours de levée',
  resolved: 'Levé',
};

export const barrierStatusSeverity: Record<BarrierStatus, 'warning' | 'info' | 'success'> = {
  identified: 'warning',
  in_progress: 'info',
  resolved: 'success',
};

export const deliveryStatusLabels: Record<DeliveryStatus, string> = {
  queued: 'En attente d’envoi',
  sent: 'Envoyé',
  delivered: 'Reçu',
  bounced: 'Rejeté par le destinataire',
  failed: 'Échec de l’envoi',
};

export const deliveryStatusSeverity: Record<DeliveryStatus, 'new' | 'info' | 'success' | 'error'> = {
  queued: 'new',
  sent: 'info',
  delivered: 'success',
  bounced: 'error',
  failed: 'error',
};
