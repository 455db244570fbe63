/**
 * The French words for the API's codes, in one module: the domain's own labels where it has them
 * (the same words its e-mails and explanations use), the others here, next to each other.
 */
import type { components } from '../api/schema';
import {
  contractTypeLabels,
  physicalDemandLabels,
  qualificationLevelLabels,
  workScheduleLabels,
} from '../../../../shared/domain/reference/employmentTerms';
import { chosenReasonCodes, reasonLabels } from '../../../../shared/domain/pipeline/pipelineStates';

type Schemas = components['schemas'];
export type OfferStatus = Schemas['Offer']['status'];
export type MatchStatus = Schemas['Match']['status'];
export type MatchAction = Schemas['Match']['allowedActions'][number];
export type ReasonCode = NonNullable<Schemas['MatchTransition']['reason']>;
export type NotificationCategory = Schemas['NotificationPage']['items'][number]['category'];
export type NotificationChannel = Schemas['NotificationPreferences'][number]['channel'];
export type WebhookEventType = Schemas['NewWebhook']['events'][number];
export type RemoteMode = Schemas['Offer']['remoteMode'];
export type UserRole = Schemas['User']['role'];
export type CertificationKind = Schemas['Certification']['kind'];

export { contractTypeLabels, physicalDemandLabels, workScheduleLabels, reasonLabels };

/** Qualification levels as the API gives them (numbers), with the domain's words. */
export function qualificationLabel(level: number | null): string {
  if (level === null) return 'aucun niveau exigé';
  return (qualificationLevelLabels as Record<number, string>)[level] ?? `niveau ${level}`;
}
export const qualificationLevels = Object.keys(qualificationLevelLabels).map(Number);

/** The reasons a person chooses when declining (those the system sets are left out). */
export const chosenReasons: readonly ReasonCode[] = chosenReasonCodes;

export const offerStatusLabels: Record<OfferStatus, string> = {
  draft: 'Brouillon',
  published: 'Publiée',
  filled: 'Pourvue',
  closed: 'Clôturée',
  expired: 'Expirée',
};

export const offerStatusSeverity: Record<OfferStatus, 'new' | 'success' | 'info' | 'warning' | undefined> = {
  draft: 'new',
  published: 'success',
  filled: 'info',
  closed: undefined,
  expired: 'warning',
};

export const remoteModeLabels: Record<RemoteMode, string> = {
  on_site: 'Sur site',
  hybrid: 'Télétravail partiel',
  full_remote: 'Télétravail complet',
};

export const matchStatusLabels: Record<MatchStatus, string> = {
  suggested: 'Suggérée',
  shortlisted: 'Présélectionnée',
  dismissed: 'Écartée',
  proposed: 'Proposée, en attente de votre réponse',
  interview_requested: 'Entretien demandé',
  interview_scheduled: 'Entretien planifié',
  hired: 'Recrutée',
  not_hired: 'Non retenue après entretien',
  declined: 'Déclinée',
  expired: 'Expirée sans réponse',
  withdrawn: 'Retirée par le conseiller',
  no_show: 'Absence à l’entretien',
  cancelled: 'Annulée',
};

/** What happened, for a match's history: the titles of the API's notifications. */
export const matchStepLabels: Record<MatchAction, string> = {
  shortlist: 'Présélection par le conseiller',
  dismiss: 'Écartée par le conseiller',
  propose: 'Nouvelle candidature proposée',
  request_interview: 'Entretien demandé par l’employeur',
  schedule_interview: 'Entretien planifié',
  share_contact: 'Coordonnées partagées avec l’accord de la personne',
  decline: 'Candidature déclinée',
  expire: 'Proposition expirée sans réponse',
  hire: 'Recrutement confirmé',
  record_not_hired: 'Candidature non retenue après entretien',
  record_no_show: 'Absence à l’entretien',
  withdraw: 'Candidature retirée par le conseiller',
  cancel: 'Mise en relation annulée',
};

/** What an employer's buttons say. */
export const employerActionLabels: Partial<Record<MatchAction, string>> = {
  request_interview: 'Demander un entretien',
  schedule_interview: 'Planifier l’entretien',
  decline: 'Décliner',
  hire: 'Confirmer le recrutement',
  record_not_hired: 'Ne pas retenir après l’entretien',
};

/** What the submit button of each action's form says: what will happen. */
export const employerActionSubmitLabels: Partial<Record<MatchAction, string>> = {
  request_interview: 'Envoyer la demande d’entretien',
  schedule_interview: 'Envoyer la convocation',
  decline: 'Décliner la candidature',
  hire: 'Confirmer le recrutement',
  record_not_hired: 'Enregistrer : non retenue',
};

export const notificationCategoryLabels: Record<NotificationCategory, string> = {
  suggestions: 'Nouvelles suggestions',
  proposals: 'Candidatures proposées',
  interviews: 'Entretiens',
  outcomes: 'Suites données',
  reminders: 'Rappels',
  security: 'Sécurité du compte',
};

export const notificationChannelLabels: Record<NotificationChannel, string> = {
  in_app: 'Dans l’application',
  email: 'Par e-mail',
  sms: 'Par SMS',
  webhook: 'Par webhook',
};

/** Why a category cannot be turned off (the API's reason, said to the person). */
export const lockedCategoryReason =
  'Les messages de sécurité et les convocations à un entretien sont toujours envoyés, immédiatement.';

export const webhookEventLabels: Record<WebhookEventType, string> = {
  'match.proposed': 'Une personne est proposée sur une offre',
  'match.withdrawn': 'Une candidature est retirée par le conseiller',
  'match.cancelled': 'Une mise en relation est annulée',
  'match.reminder_due': 'Rappel : une proposition attend votre réponse',
  'offer.expiry_reminder': 'Rappel : une offre arrive à échéance',
};

export const roleLabels: Record<UserRole, string> = {
  admin: 'Administrateur',
  adviser: 'Conseiller',
  employer: 'Employeur',
};

export const certificationKindLabels: Record<CertificationKind, string> = {
  driving_licence: 'Permis de conduire',
  caces: 'CACES',
  electrical_clearance: 'Habilitations électriques',
  transport: 'Transport',
  safety: 'Sécurité',
};

export const workingTimeLabels: Record<string, string> = {
  full_time: 'Temps plein',
  part_time: 'Temps partiel',
  either: 'Temps plein ou partiel',
};
