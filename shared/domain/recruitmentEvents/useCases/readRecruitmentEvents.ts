import type { Actor } from '../../accounts/session';
import { findReadableEvent, territoryOf } from '../eventAccess';
import { eventView, type RecruitmentEventView } from '../eventView';
import type { RecruitmentEventStatus } from '../recruitmentEvent';
import type { RecruitmentEventDeps } from '../recruitmentEventDeps';

/**
 * Advisers and administrators: the events of their territory (drafts of their own structure, or
 * every draft for an administrator); employers: those they are asked to.
 */
export class ListRecruitmentEvents {
  constructor(private readonly deps: RecruitmentEventDeps) {}

  async execute(input: {
    actor: Actor;
    filter: { status?: RecruitmentEventStatus | undefined; campaignId?: string | undefined; upcoming: boolean };
  }): Promise<RecruitmentEventView[]> {
    const { actor, filter } = input;
    const now = this.deps.clock.now();
    const events =
      actor.role === 'employer'
        ? await this.deps.recruitmentEvents.listForParticipant(actor.organizationId)
        : await this.deps.recruitmentEvents.listInTerritory(await territoryOf(this.deps.organizations, actor), {
            ...(filter.status ? { status: filter.status } : {}),
            ...(filter.campaignId ? { campaignId: filter.campaignId } : {}),
            ...(filter.upcoming ? { endsAfter: now } : {}),
          });
    const readable = events.filter(
      (event) =>
        event.status !== 'draft' || actor.role === 'admin' || event.organizerOrganizationId === actor.organizationId,
    );
    const kept = readable.filter(
      (event) =>
        (!filter.status || event.status === filter.status) &&
        (!filter.upcoming || event.endsAt.getTime() > now.getTime()),
    );
    const invitations = await this.deps.invitations.listForEvents(kept.map((event) => event.id));
    return kept.map((event) =>
      eventView(
        event,
        actor,
        invitations.filter((item) => item.eventId === event.id),
      ),
    );
  }
}

export class GetRecruitmentEvent {
  constructor(private readonly deps: RecruitmentEventDeps) {}

  async execute(input: { actor: Actor; eventId: string }): Promise<RecruitmentEventView> {
    const event = await findReadableEvent(this.deps, input.actor, input.eventId);
    return eventView(event, input.actor, await this.deps.invitations.listForEvent(event.id));
  }
}

/** The employers of the caller's territory an organiser may ask to an event (names only), by name. */
export class ListTerritoryEmployers {
  constructor(private readonly deps: Pick<RecruitmentEventDeps, 'organizations'>) {}

  async execute(input: { actor: Actor }): Promise<{ id: string; name: string }[]> {
    const territoryId = await territoryOf(this.deps.organizations, input.actor);
    const employers: { id: string; name: string }[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await this.deps.organizations.listInTerritory(territoryId, {
        limit: 500,
        ...(after ? { after } : {}),
      });
      for (const organization of page) {
        if (organization.kind === 'employer') employers.push({ id: organization.id, name: organization.name });
      }
      if (page.length < 500) break;
      after = page[page.length - 1]?.id;
    }
    return employers.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  }
}
