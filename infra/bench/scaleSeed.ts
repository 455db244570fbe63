/**
 * A Département's data for bench:scale, written through the bulk paths (insertMany by batches,
 * the engine's bulk upsert), in stages: the first stage writes a tenth, the next one the rest, so
 * that one run measures the same requests at one tenth of the data and at all of it.
 */
import { Types } from 'mongoose';
import { domainEventModel } from '../../shared/adapters/mongo/MongoDomainEvents';
import type { CandidateProfile } from '../../shared/domain/candidates/candidateProfile';
import type { InAppNotification } from '../../shared/domain/notifications/delivery';
import type { Offer } from '../../shared/domain/offers/offer';
import type { Match, Transition } from '../../shared/domain/pipeline/match';
import { transitionEvent } from '../../shared/domain/pipeline/pipelineEvents';
import type { MatchAction, MatchStatus } from '../../shared/domain/pipeline/pipelineStates';
import { sharedProfileOf } from '../../shared/domain/pipeline/sharedProfile';
import type { DomainEvent } from '../../shared/ports/DomainEvents';
import { candidatesIndex, toCandidateSearchDocument } from '../../shared/ports/searchIndexes/candidatesIndex';
import { offersIndex, toOfferSearchDocument } from '../../shared/ports/searchIndexes/offersIndex';
import type { Dependencies } from '../../shared/wiring/buildDependencies';
import { generateProfiles, generatePublishedOffers } from '../demo/generateEntities';
import { seededRandom } from '../eval/skills/skillResampling';

export interface ScaleShape {
  people: number;
  offers: number;
  matches: number;
  /** In-app notifications over the year, spread over the advisers and employers' users. */
  notifications: number;
}

/** Who the data belongs to: created once, before the first stage. */
export interface ScaleWorld {
  structureIds: string[];
  /** Per structure, its advisers' ids (the referents of its people). */
  adviserIds: string[][];
  employerIds: string[];
  /** Users who receive in-app notifications (the measured adviser and employer among them). */
  notifiedUserIds: string[];
}

export interface StageWritten {
  people: CandidateProfile[];
  offers: Offer[];
  matches: number;
  events: number;
  notifications: number;
}

const batchSize = 1_000;
const dayMs = 24 * 3600 * 1000;

/** The share of each status among the matches, and the steps that lead there. */
const statusPaths: [MatchStatus, number, MatchAction[]][] = [
  ['suggested', 30, []],
  ['shortlisted', 8, ['shortlist']],
  ['dismissed', 10, ['dismiss']],
  ['proposed', 12, ['shortlist', 'propose']],
  ['interview_requested', 6, ['propose', 'request_interview']],
  ['interview_scheduled', 5, ['propose', 'request_interview', 'schedule_interview']],
  ['hired', 6, ['propose', 'request_interview', 'schedule_interview', 'hire']],
  ['not_hired', 5, ['propose', 'request_interview', 'schedule_interview', 'record_not_hired']],
  ['declined', 8, ['propose', 'decline']],
  ['expired', 4, ['propose', 'expire']],
  ['withdrawn', 2, ['propose', 'withdraw']],
  ['no_show', 1, ['propose', 'request_interview', 'schedule_interview', 'record_no_show']],
  ['cancelled', 3, ['cancel']],
];
const targetOf: Record<MatchAction, MatchStatus> = {
  shortlist: 'shortlisted',
  dismiss: 'dismissed',
  propose: 'proposed',
  request_interview: 'interview_requested',
  decline: 'declined',
  schedule_interview: 'interview_scheduled',
  share_contact: 'interview_scheduled',
  hire: 'hired',
  record_not_hired: 'not_hired',
  withdraw: 'withdrawn',
  record_no_show: 'no_show',
  expire: 'expired',
  cancel: 'cancelled',
};

function pickPath(draw: number): [MatchStatus, MatchAction[]] {
  let left = draw * 100;
  for (const [status, share, path] of statusPaths) {
    if (left < share) return [status, path];
    left -= share;
  }
  return ['suggested', []];
}

async function inBatches<T>(items: readonly T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let offset = 0; offset < items.length; offset += batchSize) await write(items.slice(offset, offset + batchSize));
}

/** A match walked along its path, with its history; its steps spread over the year before `now`. */
function walkedMatch(
  offer: Offer,
  person: CandidateProfile,
  path: [MatchStatus, MatchAction[]],
  assessment: Match['assessment'],
  startedAt: Date,
): Match {
  const [status, actions] = path;
  const history: Transition[] = [];
  let from: MatchStatus = 'suggested';
  let at = startedAt.getTime();
  let proposedAt: Date | null = null;
  for (const action of actions) {
    at += dayMs;
    const to = targetOf[action];
    const byEmployer = ['request_interview', 'decline', 'schedule_interview', 'hire', 'record_not_hired'].includes(
      action,
    );
    history.push({
      action,
      from,
      to,
      actor: byEmployer
        ? { kind: 'employer', userId: offer.createdBy, organizationId: offer.organizationId }
        : action === 'expire'
          ? { kind: 'system', userId: null, organizationId: null }
          : { kind: 'adviser', userId: person.referentAdviserId, organizationId: person.organizationId },
      at: new Date(at),
      reason: action === 'decline' ? 'lacking_skills' : action === 'expire' ? 'no_answer' : null,
      comment: null,
      shareReason: false,
      interview: null,
    });
    if (action === 'propose') proposedAt = new Date(at);
    from = to;
  }
  return {
    id: new Types.ObjectId().toHexString(),
    offerId: offer.id,
    candidateId: person.id,
    offerOrganizationId: offer.organizationId,
    candidateOrganizationId: person.organizationId,
    status,
    assessment,
    proposalComment: proposedAt ? 'Profil motivé, disponible rapidement.' : null,
    proposedAt,
    sharedProfile: proposedAt ? sharedProfileOf(person, proposedAt) : null,
    interview: null,
    contactShared: false,
    history,
    version: history.length + 1,
    createdAt: startedAt,
    updatedAt: new Date(at),
  };
}

const assessment: Match['assessment'] = {
  score: 72,
  breakdown: [],
  explanation: { met: ['Métier recherché', 'Permis demandé'], missing: ['Une compétence demandée'] },
};

/**
 * Writes one stage: `shape` scaled by `share` (0.1, then 0.9), with ids and referents from `world`.
 * The measured adviser is the first of the first structure; the measured employer the first.
 */
export async function seedStage(
  { mongo, searchEngine: engine, repositories }: Pick<Dependencies, 'mongo' | 'searchEngine' | 'repositories'>,
  world: ScaleWorld,
  shape: ScaleShape,
  stage: { share: number; seed: number; now: Date },
): Promise<StageWritten> {
  const { now } = stage;
  const draw = seededRandom(stage.seed);
  const count = (total: number) => Math.round(total * stage.share);
  const people = await generateProfiles(count(shape.people), {
    seed: stage.seed,
    organizationIds: world.structureIds,
    now,
  });
  for (const [index, person] of people.entries()) {
    // The generator numbers its references from 1 at every stage: each stage's are its own.
    person.externalRef = person.externalRef ? `S${stage.seed}-${person.externalRef}` : null;
    const structure = index % world.structureIds.length;
    const advisers = world.adviserIds[structure] ?? [];
    person.referentAdviserId =
      advisers[Math.floor(index / world.structureIds.length) % advisers.length] ?? person.referentAdviserId;
  }
  const offers = await generatePublishedOffers(count(shape.offers), {
    seed: stage.seed + 1,
    // The measured employer (the first) is a large one, three shares: its offers' page is full (20)
    // at a tenth already, so that both sizes answer the same page.
    organizationIds: [...world.employerIds.slice(0, 1), ...world.employerIds.slice(0, 1), ...world.employerIds],
    now,
  });
  for (const offer of offers) offer.externalRef = offer.externalRef ? `S${stage.seed}-${offer.externalRef}` : null;
  await inBatches(people, async (batch) => {
    await repositories.candidates.insertAll(batch);
    await engine.upsert(candidatesIndex.name, batch.map(toCandidateSearchDocument));
  });
  await inBatches(offers, async (batch) => {
    await repositories.offers.insertAll(batch);
    await engine.upsert(offersIndex.name, batch.map(toOfferSearchDocument));
  });

  const matches: Match[] = [];
  const pairs = new Set<string>();
  const wanted = count(shape.matches);
  while (matches.length < wanted && people.length > 0 && offers.length > 0) {
    const offer = offers[Math.floor(draw() * offers.length)]!;
    const person = people[Math.floor(draw() * people.length)]!;
    if (pairs.has(`${offer.id}:${person.id}`)) continue;
    pairs.add(`${offer.id}:${person.id}`);
    // Steps over the year; a proposal still waiting was made in the last fortnight (the time rules
    // expire older ones), so the hourly job sees what it sees in a steady state.
    const path = pickPath(draw());
    const daysAgo = path[0] === 'proposed' ? 3 + Math.floor(draw() * 12) : 5 + Math.floor(draw() * 360);
    const startedAt = new Date(now.getTime() - daysAgo * dayMs);
    matches.push(walkedMatch(offer, person, path, assessment, startedAt));
  }
  let events = 0;
  await inBatches(matches, async (batch) => {
    await repositories.matches.insertAll(batch);
    const log: DomainEvent[] = batch.flatMap((match) => match.history.map((line) => transitionEvent(match, line)));
    events += log.length;
    await domainEventModel(mongo).insertMany(
      log.map(({ id, ...rest }) => ({ ...rest, _id: id })),
      { ordered: false },
    );
  });

  const notifications = Array.from({ length: count(shape.notifications) }, (_, index): InAppNotification => {
    const createdAt = new Date(now.getTime() - Math.floor(draw() * 365 * dayMs));
    return {
      // Time-ordered ids, as the pipeline writes them.
      id: new Types.ObjectId(Types.ObjectId.generate(Math.floor(createdAt.getTime() / 1000))).toHexString(),
      userId: world.notifiedUserIds[index % world.notifiedUserIds.length]!,
      category: 'proposals',
      title: 'Nouvelle candidature proposée',
      body: 'Un conseiller vous propose une personne pour votre offre.',
      link: '/employeur',
      createdAt,
      readAt: draw() < 0.3 ? null : createdAt,
    };
  });
  await inBatches(notifications, (batch) => repositories.inApp.storeAll(batch));
  return { people, offers, matches: matches.length, events, notifications: notifications.length };
}
