import type { OrganizationRepository } from '../../ports/OrganizationRepository';
import type { RecruitmentEventRepository } from '../../ports/RecruitmentEventRepository';
import type { Actor } from '../accounts/session';
import { ForbiddenError, NotFoundError } from '../errors';
import type { RecruitmentEvent } from './recruitmentEvent';

export const eventNotFound = () => new NotFoundError('Événement introuvable.');

/** The territory the caller works in (a territory's administrators: their own organisation). */
export async function territoryOf(organizations: OrganizationRepository, actor: Actor): Promise<string> {
  const organization = await organizations.findById(actor.organizationId);
  if (!organization) throw new ForbiddenError('Organisation inconnue.');
  return organization.territoryId;
}

/**
 * Who organises: the advisers of the organising structure, and the territory's administrators
 * (for every event of their territory).
 */
export function canManage(actor: Actor, event: RecruitmentEvent): boolean {
  if (actor.role === 'admin') return event.territoryId === actor.organizationId;
  return actor.role === 'adviser' && event.organizerOrganizationId === actor.organizationId;
}

/**
 * Who reads it: its organisers; the territory's advisers once it is published (they invite their
 * people); the employers asked to take part, once published. Any other event does not exist for
 * them (404, not 403).
 */
export function canRead(actor: Actor, event: RecruitmentEvent, actorTerritoryId: string): boolean {
  if (canManage(actor, event)) return true;
  if (event.status === 'draft') return false;
  if (actor.role === 'employer') return event.participants.some((item) => item.organizationId === actor.organizationId);
  return actor.role === 'adviser' && event.territoryId === actorTerritoryId;
}

export async function findReadableEvent(
  deps: { recruitmentEvents: RecruitmentEventRepository; organizations: OrganizationRepository },
  actor: Actor,
  eventId: string,
): Promise<RecruitmentEvent> {
  const event = await deps.recruitmentEvents.findById(eventId);
  if (!event || !canRead(actor, event, await territoryOf(deps.organizations, actor))) throw eventNotFound();
  return event;
}

export async function findManagedEvent(
  deps: { recruitmentEvents: RecruitmentEventRepository; organizations: OrganizationRepository },
  actor: Actor,
  eventId: string,
): Promise<RecruitmentEvent> {
  const event = await findReadableEvent(deps, actor, eventId);
  if (!canManage(actor, event)) throw new ForbiddenError('Seuls les organisateurs de l’événement le modifient.');
  return event;
}
