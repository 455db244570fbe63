import type { Actor } from '../../accounts/session';
import { NotFoundError, ValidationError } from '../../errors';
import type { Match } from '../../pipeline/match';
import type { Sector } from '../../reference/sectors';
import type { Campaign } from '../campaign';
import { findReadableEvent, territoryOf } from '../eventAccess';
import { eventFigures, sumFigures, type EventFigures } from '../eventFigures';
import type { RecruitmentEvent } from '../recruitmentEvent';
import type { RecruitmentEventDeps } from '../recruitmentEventDeps';

interface EmployerFigures {
  organizationId: string;
  organizationName: string;
  figures: EventFigures;
}

/** One event's funnel, and the same per employer (their offers' interviews, their hires). */
async function figuresOf(
  deps: RecruitmentEventDeps,
  event: RecruitmentEvent,
): Promise<{ figures: EventFigures; byEmployer: EmployerFigures[] }> {
  const invitations = await deps.invitations.listForEvent(event.id);
  const attendees = invitations.filter((item) => item.status === 'attended').map((item) => item.candidateId);
  const offerIds = [...new Set(event.participants.flatMap((item) => item.offerIds))];
  const matches: Match[] = [];
  for (const offerId of offerIds) {
    const attendeeMatches = await deps.matches.listAll({ offerId, candidateIds: attendees });
    matches.push(...attendeeMatches);
  }
  const outcomes = await deps.outcomes.listForCandidates(attendees);
  const base = { startsAt: event.startsAt, invitations };
  return {
    figures: eventFigures({ ...base, matches, outcomes }),
    byEmployer: event.participants.map((participant) => ({
      organizationId: participant.organizationId,
      organizationName: participant.organizationName,
      figures: eventFigures({
        ...base,
        matches: matches.filter((match) => participant.offerIds.includes(match.offerId)),
        // An employer's outcomes are its hires; entries into training belong to no employer.
        outcomes: outcomes.filter(
          (item) => item.kind === 'employment' && item.employerOrganizationId === participant.organizationId,
        ),
      }),
    })),
  };
}

export class GetEventFigures {
  constructor(private readonly deps: RecruitmentEventDeps) {}

  async execute(input: { actor: Actor; eventId: string }) {
    const event = await findReadableEvent(this.deps, input.actor, input.eventId);
    return { eventId: event.id, ...(await figuresOf(this.deps, event)) };
  }
}

export class CreateCampaign {
  constructor(private readonly deps: RecruitmentEventDeps) {}

  async execute(input: { actor: Actor; campaign: { name: string; from: Date; to: Date } }): Promise<Campaign> {
    const { actor, campaign } = input;
    if (campaign.to.getTime() <= campaign.from.getTime()) {
      throw new ValidationError('Période incohérente.', [{ field: 'to', reason: 'la fin doit être après le début' }]);
    }
    const territoryId = await territoryOf(this.deps.organizations, actor);
    return this.deps.campaigns.create({ ...campaign, territoryId, createdBy: actor.userId }, this.deps.clock.now());
  }
}

export class ListCampaigns {
  constructor(private readonly deps: RecruitmentEventDeps) {}

  async execute(input: { actor: Actor }): Promise<Campaign[]> {
    return this.deps.campaigns.listInTerritory(await territoryOf(this.deps.organizations, input.actor));
  }
}

/**
 * A campaign's totals: the sum of its events (drafts and cancelled ones left out), per event, per
 * sector (an event of several sectors counts in each) and per employer (over the events it took part in).
 */
export class GetCampaignFigures {
  constructor(private readonly deps: RecruitmentEventDeps) {}

  async execute(input: { actor: Actor; campaignId: string }) {
    const territoryId = await territoryOf(this.deps.organizations, input.actor);
    const campaign = await this.deps.campaigns.findInTerritory(territoryId, input.campaignId);
    if (!campaign) throw new NotFoundError('Campagne introuvable.');
    const events = (await this.deps.recruitmentEvents.listForCampaign(campaign.id)).filter(
      (event) => event.status !== 'draft' && event.status !== 'cancelled',
    );
    const byEvent = [];
    const sectors = new Map<Sector, EventFigures[]>();
    const employers = new Map<string, { organizationName: string; all: EventFigures[] }>();
    for (const event of events) {
      const { figures, byEmployer } = await figuresOf(this.deps, event);
      byEvent.push({ eventId: event.id, title: event.title, startsAt: event.startsAt, figures });
      for (const sector of event.sectors) sectors.set(sector, [...(sectors.get(sector) ?? []), figures]);
      for (const employer of byEmployer) {
        const entry = employers.get(employer.organizationId) ?? {
          organizationName: employer.organizationName,
          all: [],
        };
        entry.all.push(employer.figures);
        employers.set(employer.organizationId, entry);
      }
    }
    return {
      campaign,
      figures: sumFigures(byEvent.map((item) => item.figures)),
      byEvent,
      bySector: [...sectors].map(([sector, all]) => ({ sector, figures: sumFigures(all) })),
      byEmployer: [...employers].map(([organizationId, entry]) => ({
        organizationId,
        organizationName: entry.organizationName,
        figures: sumFigures(entry.all),
      })),
    };
  }
}
