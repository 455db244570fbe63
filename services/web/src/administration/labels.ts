/**
 * The administration's French words for the API's codes (next to ui/labels.ts, which the other
 * spaces share: these are read by the administration only).
 */
import type { components } from '../api/schema';
import { notificationCategoryLabels, type UserRole } from '../ui/labels';

type Schemas = components['schemas'];
export type Organization = Schemas['Organization'];
export type OrganizationKind = Organization['kind'];
export type StructureType = NonNullable<Organization['structureType']>;
export type Delivery = Schemas['Deliveries'][number];
export type DeliveryStatus = Delivery['status'];
export type DeliveryChannel = Delivery['channel'];
export type DeliveryCategory = Delivery['category'];

export const organizationKindLabels: Record<OrganizationKind, string> = {
  employer: 'Employeur',
  insertion: 'Structure d’insertion',
  territory: 'Territoire',
};

/** The kinds an administrator creates (a territory is made at installation). */
export const creatableKinds = ['employer', 'insertion'] as const satisfies readonly OrganizationKind[];
export type CreatableKind = (typeof creatableKinds)[number];

export const structureTypeLabels: Record<StructureType, string> = {
  departement: 'Conseil départemental',
  france_travail: 'France Travail',
  mission_locale: 'Mission locale',
  plie: 'PLIE (plan local pour l’insertion et l’emploi)',
  cap_emploi: 'Cap emploi',
  siae: 'SIAE (structure de l’insertion par l’activité économique)',
  other: 'Autre structure',
};

/** Each kind of organisation has one role for its accounts (shared/domain/accounts/user.ts). */
export const roleOfKind: Record<OrganizationKind, UserRole> = {
  employer: 'employer',
  insertion: 'adviser',
  territory: 'admin',
};

/** Said wherever a role is shown: the API refuses a role of another kind, by design. */
export const roleRule: Record<OrganizationKind, string> = {
  employer: 'Dans une organisation employeur, chaque compte a le rôle « Employeur ».',
  insertion: 'Dans une structure d’insertion, chaque compte a le rôle « Conseiller ».',
  territory: 'Dans le territoire, chaque compte a le rôle « Administrateur ».',
};
export const roleRuleReason =
  'Un rôle appartient à un type d’organisation : il ne peut pas être changé pour le rôle d’un autre type, ' +
  'qui donnerait accès aux données d’autres organisations.';

export const deliveryStatusLabels: Record<DeliveryStatus, string> = {
  queued: 'En attente d’envoi',
  sent: 'Envoyé',
  delivered: 'Distribué',
  bounced: 'Rejeté par le destinataire',
  failed: 'Échec',
};

export const deliveryStatusSeverity: Record<DeliveryStatus, 'info' | 'success' | 'warning' | 'error' | 'new'> = {
  queued: 'new',
  sent: 'info',
  delivered: 'success',
  bounced: 'warning',
  failed: 'error',
};

export const deliveryChannelLabels: Record<DeliveryChannel, string> = {
  in_app: 'Dans l’application',
  email: 'E-mail',
  sms: 'SMS',
  webhook: 'Webhook',
};

export const deliveryCategoryLabels: Record<DeliveryCategory, string> = {
  ...notificationCategoryLabels,
  digest: 'Récapitulatif quotidien',
};

/**
 * Who received it. The domain also records invitations and password resets (the generated type
 * lists three kinds only), so any code is looked up here and an unknown one is shown as is.
 */
const recipientKindLabels: Record<string, string> = {
  user: 'Utilisateur',
  candidate: 'Personne suivie',
  webhook: 'Webhook',
  invitee: 'Personne invitée',
  password_reset: 'Réinitialisation de mot de passe',
};

export function recipientKindLabel(kind: string): string {
  return recipientKindLabels[kind] ?? kind;
}
