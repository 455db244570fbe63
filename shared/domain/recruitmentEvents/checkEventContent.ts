import type { Actor } from '../accounts/session';
import { ValidationError, type FieldProblem } from '../errors';
import type { CommuneQuery } from '../geography/commune';
import { resolvePlace } from '../geography/resolvePlace';
import type { Sector } from '../reference/sectors';
import type { EventPlace, Participation, RecruitmentEventKind } from './recruitmentEvent';
import type { RecruitmentEventDeps } from './recruitmentEventDeps';

export type EventPlaceInput =
  { online: false; commune: CommuneQuery; address: string } | { online: true; url: string | null };

export interface ParticipantInput {
  organizationId: string;
  offerIds: string[];
}

export interface RecruitmentEventInput {
  kind: RecruitmentEventKind;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  place: EventPlaceInput;
  sectors: Sector[];
  capacity: number;
  registrationDeadline: Date;
  campaignId: string | null;
  participants: ParticipantInput[];
}

/** The times in order: end after start, deadline at or before the start. */
export function timeProblems(input: Pick<RecruitmentEventInput, 'startsAt' | 'endsAt' | 'registrationDeadline'>) {
  const problems: FieldProblem[] = [];
  if (input.endsAt.getTime() <= input.startsAt.getTime()) {
    problems.push({ field: 'endsAt', reason: 'la fin doit être après le début' });
  }
  if (input.registrationDeadline.getTime() > input.startsAt.getTime()) {
    problems.push({ field: 'registrationDeadline', reason: 'la date limite d’inscription doit précéder le début' });
  }
  return problems;
}

export async function resolveEventPlace(deps: Pick<RecruitmentEventDeps, 'gazetteer'>, place: EventPlaceInput) {
  if (place.online) return { online: true as const, url: place.url };
  const commune = await resolvePlace(deps.gazetteer, place.commune, 'place.commune');
  return { online: false as const, commune, address: place.address } satisfies EventPlace;
}

/**
 * The employers asked: organisations of the caller's territory, each bringing its own offers
 * (a participant kept from before keeps its answer; one newly asked starts at « asked »).
 */
export async function resolveParticipants(
  deps: Pick<RecruitmentEventDeps, 'organizations' | 'offers'>,
  territoryId: string,
  inputs: readonly ParticipantInput[],
  before: readonly Participation[],
): Promise<Participation[]> {
  const problems: FieldProblem[] = [];
  const participants: Participation[] = [];
  for (const [index, input] of inputs.entries()) {
    const organization = await deps.organizations.findInTerritory(territoryId, input.organizationId);
    if (!organization || organization.kind !== 'employer') {
      problems.push({ field: `participants.${index}.organizationId`, reason: 'employeur inconnu sur ce territoire' });
      continue;
    }
    for (const [offerIndex, offerId] of input.offerIds.entries()) {
      const offer = await deps.offers.findInOrganization(organization.id, offerId);
      if (!offer) {
        problems.push({
          field: `participants.${index}.offerIds.${offerIndex}`,
          reason: 'offre inconnue de cet employeur',
        });
      }
    }
    const previous = before.find((item) => item.organizationId === organization.id);
    participants.push({
      organizationId: organization.id,
      organizationName: organization.name,
      offerIds: [...new Set(input.offerIds)],
      status: previous?.status ?? 'asked',
      answeredAt: previous?.answeredAt ?? null,
    });
  }
  if (problems.length > 0) throw new ValidationError('Employeurs ou offres invalides.', problems);
  return participants;
}

export function assertOrganiserRole(actor: Actor): void {
  if (actor.role !== 'adviser' && actor.role !== 'admin') {
    throw new ValidationError('Action réservée aux conseillers et administrateurs.');
  }
}
