import type { Actor } from '../../accounts/session';
import { ValidationError } from '../../errors';
import { territoryOf } from '../eventAccess';
import { eventView, type RecruitmentEventView } from '../eventView';
import {
  assertOrganiserRole,
  resolveEventPlace,
  resolveParticipants,
  timeProblems,
  type RecruitmentEventInput,
} from '../checkEventContent';
import type { RecruitmentEventDeps } from '../recruitmentEventDeps';

/** An adviser organises an event for their structure (an administrator, for the territory): a draft. */
export class CreateRecruitmentEvent {
  constructor(private readonly deps: RecruitmentEventDeps) {}

  async execute(input: { actor: Actor; event: RecruitmentEventInput }): Promise<RecruitmentEventView> {
    const { actor } = input;
    assertOrganiserRole(actor);
    const problems = timeProblems(input.event);
    if (problems.length > 0) throw new ValidationError('Dates incohérentes.', problems);
    const territoryId = await territoryOf(this.deps.organizations, actor);
    const { participants: participantInputs, place: placeInput, campaignId, ...content } = input.event;
    if (campaignId && !(await this.deps.campaigns.findInTerritory(territoryId, campaignId))) {
      throw new ValidationError('Campagne inconnue.', [
        { field: 'campaignId', reason: 'campagne inconnue sur ce territoire' },
      ]);
    }
    const place = await resolveEventPlace(this.deps, placeInput);
    const participants = await resolveParticipants(this.deps, territoryId, participantInputs, []);
    const event = await this.deps.recruitmentEvents.create(
      {
        ...content,
        campaignId,
        place,
        participants,
        territoryId,
        organizerOrganizationId: actor.organizationId,
        status: 'draft',
        createdBy: actor.userId,
      },
      this.deps.clock.now(),
    );
    return eventView(event, actor, []);
  }
}
