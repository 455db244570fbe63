import { performance } from 'node:perf_hooks';
import { candidatesIndex, type CandidateSearchDocument } from '../../../ports/searchIndexes/candidatesIndex';
import { retrievalPoolCeiling } from '../../../ports/searchIndexes/retrievalPoolCeiling';
import type { Actor } from '../../accounts/session';
import { ConflictError, ForbiddenError } from '../../errors';
import { decodeMatchCandidate } from '../../matching/matchInputCodec';
import { toMatchOffer, type MatchCandidate, type MatchOffer } from '../../matching/matchInputs';
import { candidateConditions } from '../../matching/retrievalConditions';
import { findReadableEvent } from '../eventAccess';
import { byBestFit, fitsForEvent, type OfferFit } from '../eventFit';
import type { InvitationStatus } from '../eventInvitation';
import { participatingOfferIds, type RecruitmentEvent } from '../recruitmentEvent';
import type { RecruitmentEventDeps } from '../recruitmentEventDeps';

export const defaultInviteeLimit = 200;

export interface Invitee {
  candidateId: string;
  firstName: string;
  lastName: string;
  consented: boolean;
  reachable: 'sms' | 'email' | 'none';
  fits: (OfferFit & { offerTitle: string })[];
  invitation: InvitationStatus | null;
}

/**
 * The people of the adviser's structure who fit at least one offer of the event: for each offer,
 * the suggestions' retrieval (hard constraints as search filters, narrowed to the structure),
 * then the pure rule (fitsForEvent: the suggestions' constraints but consent, the event's place
 * within their radius, its hours within their day), minus those registered at another event at
 * the same time. Best first; the adviser chooses.
 */
export class ListEventInvitees {
  constructor(private readonly deps: RecruitmentEventDeps) {}

  async execute(input: {
    actor: Actor;
    eventId: string;
    limit?: number;
  }): Promise<{ items: Invitee[]; total: number; computedInMs: number }> {
    const started = performance.now();
    const { actor } = input;
    if (actor.role !== 'adviser') throw new ForbiddenError('Réservé aux conseillers.');
    const event = await findReadableEvent(this.deps, actor, input.eventId);
    if (event.status !== 'published') throw new ConflictError('Publiez l’événement avant d’inviter.');
    const offers = await this.offersOf(event);
    const candidates = await this.retrieve(
      offers.map((item) => item.input),
      actor.organizationId,
    );
    const busy = await this.busyElsewhere(event);
    const invited = new Map(
      (await this.deps.invitations.listForEvent(event.id)).map((item) => [item.candidateId, item.status]),
    );
    const now = this.deps.clock.now();
    const context = { place: event.place, startsAt: event.startsAt, endsAt: event.endsAt, now, jobs: this.deps.jobs };
    const fitting = [...candidates.values()]
      .filter((candidate) => !busy.has(candidate.id) || invited.has(candidate.id))
      .map((candidate) => ({
        candidateId: candidate.id,
        fits: fitsForEvent(
          offers.map((item) => item.input),
          candidate,
          context,
        ),
      }))
      .filter((item) => item.fits.length > 0)
      .sort(byBestFit);
    // The best first: an adviser reads a few hundred at most; names are read for those only.
    const shown = fitting.slice(0, input.limit ?? defaultInviteeLimit);
    const profiles = new Map(
      (
        await this.deps.candidates.listInOrganizationByIds(
          actor.organizationId,
          shown.map((item) => item.candidateId),
        )
      ).map((profile) => [profile.id, profile]),
    );
    const titles = new Map(offers.map((item) => [item.input.id, item.title]));
    const items: Invitee[] = [];
    for (const item of shown) {
      const profile = profiles.get(item.candidateId);
      if (!profile) continue;
      items.push({
        candidateId: profile.id,
        firstName: profile.contact.firstName,
        lastName: profile.contact.lastName,
        consented: profile.consent?.shareWithEmployers === true,
        reachable: profile.contact.mobile ? 'sms' : profile.contact.email ? 'email' : 'none',
        fits: item.fits.map((fit) => ({ ...fit, offerTitle: titles.get(fit.offerId) ?? '' })),
        invitation: invited.get(profile.id) ?? null,
      });
    }
    return { items, total: fitting.length, computedInMs: Math.round(performance.now() - started) };
  }

  private async offersOf(event: RecruitmentEvent): Promise<{ input: MatchOffer; title: string }[]> {
    const offers = [];
    for (const offerId of participatingOfferIds(event)) {
      const offer = await this.deps.offers.findPublished(offerId);
      if (offer) offers.push({ input: toMatchOffer(offer), title: offer.title });
    }
    return offers;
  }

  /** Active people of the structure the engine returns for at least one offer, decoded once each. */
  private async retrieve(offers: readonly MatchOffer[], organizationId: string): Promise<Map<string, MatchCandidate>> {
    const candidates = new Map<string, MatchCandidate>();
    for (const offer of offers) {
      const result = await this.deps.searchEngine.search(candidatesIndex.name, {
        where: [...candidateConditions(offer, this.deps.jobs), { field: 'organizationId', anyOf: [organizationId] }],
        sort: [{ field: 'updatedAt', order: 'desc' }],
        limit: retrievalPoolCeiling,
      });
      for (const hit of result.hits) {
        const document = hit.document as CandidateSearchDocument;
        if (document.status !== 'active' || candidates.has(document.id)) continue;
        candidates.set(document.id, decodeMatchCandidate(document.matchInput));
      }
    }
    return candidates;
  }

  /** People registered at another event of the territory whose time overlaps this one. */
  private async busyElsewhere(event: RecruitmentEvent): Promise<Set<string>> {
    const overlapping = (
      await this.deps.recruitmentEvents.listOverlapping(event.territoryId, event.startsAt, event.endsAt)
    ).filter((other) => other.id !== event.id);
    const invitations = await this.deps.invitations.listForEvents(overlapping.map((other) => other.id));
    return new Set(invitations.filter((item) => item.status === 'registered').map((item) => item.candidateId));
  }
}
