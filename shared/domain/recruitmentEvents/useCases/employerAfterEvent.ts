import type { Actor } from '../../accounts/session';
import { ConflictError, ForbiddenError, NotFoundError } from '../../errors';
import { toMatchCandidate, toMatchOffer } from '../../matching/matchInputs';
import { scoreMatch } from '../../matching/scoreMatch';
import type { Match, Transition } from '../../pipeline/match';
import type { MatchView } from '../../pipeline/matchView';
import { employerViewsOf } from '../../pipeline/employerViewsOf';
import { transitionEvent } from '../../pipeline/pipelineEvents';
import { sharedProfileOf, type SharedProfile } from '../../pipeline/sharedProfile';
import type { TransitionMatch } from '../../pipeline/useCases/transitionMatch';
import { findReadableEvent } from '../eventAccess';
import { fitsForEvent } from '../eventFit';
import { isGuest } from '../eventInvitation';
import type { RecruitmentEvent } from '../recruitmentEvent';
import type { RecruitmentEventDeps } from '../recruitmentEventDeps';

export interface MetPerson {
  candidateId: string;
  profile: SharedProfile;
  offerIds: string[];
  matchId: string | null;
  matchStatus: string | null;
}

const met = (event: RecruitmentEvent) => event.status === 'held' || event.status === 'closed';

/** The employer's own offers of the event. */
function offersOf(event: RecruitmentEvent, organizationId: string): string[] {
  return event.participants.find((item) => item.organizationId === organizationId)?.offerIds ?? [];
}

async function employerEvent(deps: RecruitmentEventDeps, actor: Actor, eventId: string) {
  if (actor.role !== 'employer') throw new ForbiddenError('Réservé aux employeurs.');
  const event = await findReadableEvent(deps, actor, eventId);
  const participation = event.participants.find((item) => item.organizationId === actor.organizationId);
  // An employer that declined took no part: it met nobody.
  if (participation?.status === 'declined') throw new NotFoundError('Événement introuvable.');
  if (!met(event)) throw new ConflictError('Les personnes rencontrées se voient une fois l’événement tenu.');
  return event;
}

/**
 * After the event, the people the employer met: those who came and consented to be shown to
 * employers, as a proposal shows them (no contact, no barrier, no address); the offers of the
 * employer at the event each fits, and the match already there.
 */
export class ListMetPeople {
  constructor(private readonly deps: RecruitmentEventDeps) {}

  async execute(input: { actor: Actor; eventId: string }): Promise<{ items: MetPerson[] }> {
    const { actor } = input;
    const event = await employerEvent(this.deps, actor, input.eventId);
    const offerIds = offersOf(event, actor.organizationId);
    const offers = [];
    for (const offerId of offerIds) {
      const offer = await this.deps.offers.findInOrganization(actor.organizationId, offerId);
      if (offer) offers.push(toMatchOffer(offer));
    }
    const now = this.deps.clock.now();
    const attendees = (await this.deps.invitations.listForEvent(event.id)).filter(
      (item) => item.status === 'attended' && !isGuest(item),
    );
    const items: MetPerson[] = [];
    for (const attendee of attendees) {
      const profile = await this.deps.candidates.findById(attendee.candidateId);
      if (!profile || profile.consent?.shareWithEmployers !== true) continue;
      const fits = fitsForEvent(offers, toMatchCandidate(profile), {
        place: event.place,
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        now,
        jobs: this.deps.jobs,
      });
      let match: Match | null = null;
      for (const offerId of offerIds) {
        match ??= await this.deps.matches.findByPair(offerId, profile.id);
      }
      items.push({
        candidateId: profile.id,
        profile: sharedProfileOf(profile, now),
        offerIds: fits.map((fit) => fit.offerId),
        matchId: match?.id ?? null,
        matchStatus: match?.status ?? null,
      });
    }
    return { items };
  }
}

/**
 * The employer asks to interview someone met at the event for one of its offers there: the match
 * is created (or taken from where it stands) as a proposal made at the event, then the interview
 * request follows the pipeline's rules, so the outcome is counted like any other.
 */
export class RequestInterviewAfterEvent {
  constructor(
    private readonly deps: RecruitmentEventDeps,
    private readonly transitionMatch: TransitionMatch,
  ) {}

  async execute(input: { actor: Actor; eventId: string; candidateId: string; offerId: string }): Promise<MatchView> {
    const { actor } = input;
    const event = await employerEvent(this.deps, actor, input.eventId);
    if (!offersOf(event, actor.organizationId).includes(input.offerId)) {
      throw new NotFoundError('Offre absente de votre participation à cet événement.');
    }
    const invitation = (await this.deps.invitations.listForEvent(event.id)).find(
      (item) => item.candidateId === input.candidateId && item.status === 'attended',
    );
    const profile = invitation ? await this.deps.candidates.findById(input.candidateId) : null;
    const offer = await this.deps.offers.findInOrganization(actor.organizationId, input.offerId);
    if (!profile || profile.consent?.shareWithEmployers !== true || !offer) {
      throw new NotFoundError('Personne introuvable parmi celles rencontrées.');
    }
    const now = this.deps.clock.now();
    let match = await this.deps.matches.findByPair(offer.id, profile.id);
    if (!match) {
      const outcome = scoreMatch(toMatchOffer(offer), toMatchCandidate(profile), {
        now,
        lastProposedAt: profile.lastProposedAt,
        profileCreatedAt: profile.createdAt,
        jobs: this.deps.jobs,
      });
      const assessment = outcome.eligible
        ? { score: outcome.score, breakdown: outcome.breakdown, explanation: outcome.explanation }
        : { score: 0, breakdown: [], explanation: { met: [], missing: outcome.failures.map((item) => item.reason) } };
      match =
        (await this.deps.matches.create({
          offerId: offer.id,
          candidateId: profile.id,
          offerOrganizationId: offer.organizationId,
          candidateOrganizationId: profile.organizationId,
          status: 'shortlisted',
          assessment,
          proposalComment: null,
          proposedAt: null,
          sharedProfile: null,
          interview: null,
          contactShared: false,
          createdAt: now,
        })) ?? (await this.deps.matches.findByPair(offer.id, profile.id));
      if (!match) throw new ConflictError('Mise en relation en cours de création, réessayez.');
    }
    if (match.status === 'suggested' || match.status === 'shortlisted') {
      match = await this.proposeAtEvent(match, event, profile, now);
    }
    if (match.status === 'proposed') {
      match = await this.transitionMatch.execute({
        actor,
        matchId: match.id,
        request: { action: 'request_interview' },
      });
    }
    const [view] = await employerViewsOf([match], this.deps.candidates);
    if (!view) throw new NotFoundError('Mise en relation introuvable.');
    return view;
  }

  /** Meeting at the event stands for the adviser's proposal: the profile shown is written down then. */
  private async proposeAtEvent(
    match: Match,
    event: RecruitmentEvent,
    profile: Parameters<typeof sharedProfileOf>[0],
    now: Date,
  ): Promise<Match> {
    const line: Transition = {
      action: 'propose',
      from: match.status,
      to: 'proposed',
      actor: { kind: 'system', userId: null, organizationId: null },
      at: now,
      reason: null,
      comment: `Rencontre lors de « ${event.title} »`,
      shareReason: false,
      interview: null,
    };
    const next: Match = {
      ...match,
      status: 'proposed',
      proposedAt: now,
      proposalComment: line.comment,
      sharedProfile: sharedProfileOf(profile, now),
      history: [...match.history, line],
    };
    if (!(await this.deps.matches.save(next, match.version))) {
      throw new ConflictError('La mise en relation change en ce moment : réessayez.');
    }
    const saved = { ...next, version: match.version + 1 };
    await this.deps.events.publish([transitionEvent(saved, line)]);
    return saved;
  }
}
