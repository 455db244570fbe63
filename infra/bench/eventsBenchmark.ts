/**
 * `npm run bench:events [-- --profiles 100000 --events 40 --invited 30]`: recruitment events on the
 * default stack (embedded FerretDB and search engine, Redis), through the use cases.
 * 1. The invitee list of a job dating with 10 offers among `profiles` people (3 structures): its
 *    time over several runs, and whether it equals a scan of every profile of the structure with
 *    the same rule (fitsForEvent).
 * 2. A generated campaign of `events` events: each adviser invites the best `invited` of their
 *    people, they answer (60 % yes, 15 % no, the rest silent; a waiting list where it is full), on
 *    the day 70 % of the registered come and two walk in, the employers ask to interview a third of
 *    the consenting attendees and hire 40 % of those, advisers record an entry into training for
 *    one attendee in ten. Then the campaign's figures, and how long they took to compute.
 */
import { parseArgs } from 'node:util';
import { Types } from 'mongoose';
import { HmacLinkTokens } from '../../shared/adapters/auth/HmacLinkTokens';
import { candidateModel } from '../../shared/adapters/mongo/candidateModel';
import { offerModel } from '../../shared/adapters/mongo/offerModel';
import { MongoOrganizationRepository } from '../../shared/adapters/mongo/MongoOrganizationRepository';
import { loadJobProximity } from '../../shared/adapters/reference/loadJobProximity';
import { loadRomeCatalog } from '../../shared/adapters/reference/loadRomeCatalog';
import type { Actor } from '../../shared/domain/accounts/session';
import { toMatchCandidate, toMatchOffer } from '../../shared/domain/matching/matchInputs';
import { fitsForEvent } from '../../shared/domain/recruitmentEvents/eventFit';
import type { EventFigures } from '../../shared/domain/recruitmentEvents/eventFigures';
import { candidatesIndex, toCandidateSearchDocument } from '../../shared/ports/searchIndexes/candidatesIndex';
import { offersIndex, toOfferSearchDocument } from '../../shared/ports/searchIndexes/offersIndex';
import { generateProfiles, generatePublishedOffers } from '../demo/generateEntities';
import { startBenchDependencies } from './benchDependencies';
import { megabytes, percentile, runBenchmark } from './benchReport';
import { peakRssTracker } from './peakRss';

const batchSize = 1_000;
const day = 24 * 3600 * 1000;
const lille = { inseeCode: '59350' };

/** A small deterministic generator (mulberry32): the same campaign at every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const percent = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)} %`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      profiles: { type: 'string', default: '100000' },
      events: { type: 'string', default: '40' },
      invited: { type: 'string', default: '30' },
      runs: { type: 'string', default: '7' },
    },
  });
  const rss = peakRssTracker();
  let now = new Date('2027-01-04T08:00:00Z');
  const clock = { now: () => now };
  const bench = await startBenchDependencies({ clock });
  const { deps } = bench;
  const { useCases } = deps;
  try {
    const organizations = new MongoOrganizationRepository(deps.mongo);
    const territory = await organizations.create({ kind: 'territory', name: 'Département du Nord' }, now);
    const structures = [];
    for (const name of ['France Travail Lille', 'Mission locale de Roubaix', 'PLIE de Tourcoing']) {
      structures.push(
        await organizations.create({ kind: 'insertion', name, structureType: 'plie', territoryId: territory.id }, now),
      );
    }
    const employers = [];
    for (let index = 1; index <= 8; index += 1) {
      employers.push(
        await organizations.create(
          { kind: 'employer', name: `Employeur ${index}`, siret: '73282932000074', territoryId: territory.id },
          now,
        ),
      );
    }
    const advisers: Actor[] = structures.map((structure) => ({
      userId: new Types.ObjectId().toHexString(),
      organizationId: structure.id,
      role: 'adviser',
    }));
    const organiser = advisers[0]!;

    let started = Date.now();
    const profiles = await generateProfiles(Number(values.profiles), {
      seed: 31,
      organizationIds: structures.map((item) => item.id),
      now,
    });
    const offers = (
      await generatePublishedOffers(2_000, { seed: 32, organizationIds: employers.map((item) => item.id), now })
    ).filter((offer) => offer.location.departmentCode === '59');
    process.stdout.write(`generated ${profiles.length.toLocaleString('en')} profiles in ${Date.now() - started} ms\n`);
    started = Date.now();
    const candidates = candidateModel(deps.mongo);
    for (let offset = 0; offset < profiles.length; offset += batchSize) {
      const batch = profiles.slice(offset, offset + batchSize);
      await candidates.insertMany(
        batch.map(({ id, organizationId, referentAdviserId, ...rest }) => ({
          ...rest,
          _id: new Types.ObjectId(id),
          organizationId: new Types.ObjectId(organizationId),
          referentAdviserId: new Types.ObjectId(referentAdviserId),
        })),
        { ordered: false },
      );
      await deps.searchEngine.upsert(candidatesIndex.name, batch.map(toCandidateSearchDocument));
    }
    await offerModel(deps.mongo).insertMany(
      offers.map(({ id, organizationId, createdBy, ...rest }) => ({
        ...rest,
        _id: new Types.ObjectId(id),
        organizationId: new Types.ObjectId(organizationId),
        createdBy: new Types.ObjectId(createdBy),
      })),
    );
    await deps.searchEngine.upsert(offersIndex.name, offers.map(toOfferSearchDocument));
    process.stdout.write(
      `stored and indexed ${profiles.length.toLocaleString('en')} profiles and ${offers.length} offers of the Nord in ${Date.now() - started} ms\n\n`,
    );

    const participantsFor = (picked: typeof offers) =>
      [...new Set(picked.map((offer) => offer.organizationId))].map((organizationId) => ({
        organizationId,
        offerIds: picked.filter((offer) => offer.organizationId === organizationId).map((offer) => offer.id),
      }));
    const anEvent = async (
      title: string,
      picked: typeof offers,
      startsAt: Date,
      capacity: number,
      campaignId: string | null,
    ) => {
      const created = await useCases.createRecruitmentEvent.execute({
        actor: organiser,
        event: {
          kind: 'job_dating',
          title,
          description: '',
          startsAt,
          endsAt: new Date(startsAt.getTime() + 3 * 3600 * 1000),
          place: { online: false, commune: lille, address: '2 rue de Tournai' },
          sectors: [...new Set(picked.map((offer) => offer.job.sector))],
          capacity,
          registrationDeadline: new Date(startsAt.getTime() - day),
          campaignId,
          participants: participantsFor(picked),
        },
      });
      return useCases.changeRecruitmentEventStatus.execute({
        actor: organiser,
        eventId: created.id,
        status: 'published',
      });
    };

    // 1. The invitee list of an event with 10 offers.
    const tenOffers = offers.slice(0, 10);
    const timed = await anEvent('Job dating à dix offres', tenOffers, new Date(now.getTime() + 10 * day), 40, null);
    const times: number[] = [];
    let listed = { items: [] as { candidateId: string }[], total: 0 };
    for (let run = 0; run < Number(values.runs); run += 1) {
      const start = performance.now();
      listed = await useCases.listEventInvitees.execute({ actor: organiser, eventId: timed.id, limit: 1_000 });
      times.push(performance.now() - start);
    }
    const event = await useCases.getRecruitmentEvent.execute({ actor: organiser, eventId: timed.id });
    const jobs = loadJobProximity(loadRomeCatalog());
    const scanStart = performance.now();
    const scanned = profiles
      .filter((profile) => profile.organizationId === organiser.organizationId)
      .filter(
        (profile) =>
          fitsForEvent(tenOffers.map(toMatchOffer), toMatchCandidate(profile), {
            place: event.place,
            startsAt: event.startsAt,
            endsAt: event.endsAt,
            now,
            jobs,
          }).length > 0,
      );
    const scanMs = performance.now() - scanStart;
    const all = await useCases.listEventInvitees.execute({ actor: organiser, eventId: timed.id, limit: 1_000 });
    const same = all.total === scanned.length;
    const sorted = [...times].sort((a, b) => a - b);
    const structureSize = profiles.filter((profile) => profile.organizationId === organiser.organizationId).length;
    process.stdout.write(
      [
        `invitee list, 10 offers, ${structureSize.toLocaleString('en')} people of the structure among ${profiles.length.toLocaleString('en')}:`,
        `  ${listed.total} fit; p50 ${percentile(sorted, 50).toFixed(0)} ms, max ${percentile(sorted, 100).toFixed(0)} ms over ${times.length} runs (names read for the best ${Math.min(1_000, listed.total)})`,
        `  in-memory scan of the structure's profiles with the same rule: ${scanned.length} fit, ${scanMs.toFixed(0)} ms; lists equal: ${same ? 'yes' : 'NO'}`,
        '',
      ].join('\n'),
    );

    // 2. A campaign of 40 events.
    const campaign = await useCases.createCampaign.execute({
      actor: organiser,
      campaign: { name: 'Les clés pour réussir 2027', from: now, to: new Date(now.getTime() + 30 * day) },
    });
    const draw = random(7);
    const campaignStart = Date.now();
    const campaignEvents = [];
    for (let index = 0; index < Number(values.events); index += 1) {
      const picked = [0, 1, 2, 3].map((step) => offers[(index * 4 + step + 10) % offers.length]!);
      const startsAt = new Date(now.getTime() + (7 + (index % 10)) * day);
      campaignEvents.push(
        await anEvent(`Rencontre ${index + 1}`, picked, startsAt, 30 + (index % 3) * 10, campaign.id),
      );
    }
    let invitations = 0;
    const tokens = new Map<string, string[]>();
    for (const campaignEvent of campaignEvents) {
      const invited: string[] = [];
      for (const adviser of advisers) {
        const best = await useCases.listEventInvitees.execute({
          actor: adviser,
          eventId: campaignEvent.id,
          limit: Number(values.invited),
        });
        const ids = best.items.map((item) => item.candidateId);
        if (ids.length === 0) continue;
        invitations += (
          await useCases.inviteToEvent.execute({ actor: adviser, eventId: campaignEvent.id, candidateIds: ids })
        ).invited;
        invited.push(...ids);
      }
      tokens.set(campaignEvent.id, invited);
    }
    // Answers through the use case (as the public page sends them), signed like the links.
    const signer = new HmacLinkTokens(deps.config.JWT_SECRET);
    for (const campaignEvent of campaignEvents) {
      await Promise.all(
        (tokens.get(campaignEvent.id) ?? []).map(async (candidateId) => {
          const roll = draw();
          if (roll >= 0.75) return;
          const token = signer.sign('event_rsvp', `${campaignEvent.id}:${candidateId}`, campaignEvent.endsAt);
          await useCases.answerRsvp.execute({ token, answer: roll < 0.6 ? 'yes' : 'no' });
        }),
      );
    }
    for (const campaignEvent of campaignEvents) {
      now = new Date(campaignEvent.startsAt.getTime() + 15 * 60 * 1000);
      const list = await useCases.listEventAttendance.execute({ actor: organiser, eventId: campaignEvent.id });
      for (const line of list.items.filter((item) => item.status === 'registered')) {
        if (draw() < 0.7) {
          await useCases.checkInAttendee.execute({
            actor: organiser,
            eventId: campaignEvent.id,
            invitationId: line.invitationId,
            present: true,
          });
        }
      }
      for (const name of ['Walk', 'Inn']) {
        await useCases.addWalkIn.execute({
          actor: organiser,
          eventId: campaignEvent.id,
          walkIn: { firstName: name, lastName: 'Venu', organizationId: structures[1]!.id },
        });
      }
      now = new Date(campaignEvent.endsAt.getTime() + 30 * 60 * 1000);
      await useCases.changeRecruitmentEventStatus.execute({
        actor: organiser,
        eventId: campaignEvent.id,
        status: 'held',
      });
      for (const participant of campaignEvent.participants) {
        const employer: Actor = {
          userId: new Types.ObjectId().toHexString(),
          organizationId: participant.organizationId,
          role: 'employer',
        };
        const met = await useCases.listMetPeople.execute({ actor: employer, eventId: campaignEvent.id });
        for (const person of met.items) {
          const offerId = person.offerIds[0];
          if (!offerId || draw() >= 1 / 3) continue;
          const match = await useCases.requestInterviewAfterEvent.execute({
            actor: employer,
            eventId: campaignEvent.id,
            candidateId: person.candidateId,
            offerId,
          });
          if (draw() >= 0.4 || match.status !== 'interview_requested') continue;
          now = new Date(now.getTime() + 60_000);
          await useCases.transitionMatch.execute({
            actor: employer,
            matchId: match.id,
            request: {
              action: 'schedule_interview',
              interview: {
                at: new Date(now.getTime() + 2 * day),
                place: 'Sur site',
                videoUrl: null,
                contactName: 'RH',
              },
            },
          });
          now = new Date(now.getTime() + 3 * day);
          await useCases.transitionMatch.execute({ actor: employer, matchId: match.id, request: { action: 'hire' } });
          now = new Date(campaignEvent.endsAt.getTime() + 30 * 60 * 1000);
        }
      }
      const attendees = (await useCases.listEventAttendance.execute({ actor: organiser, eventId: campaignEvent.id }))
        .items;
      for (const attendee of attendees) {
        if (!attendee.candidateId || draw() >= 0.1) continue;
        const adviser = advisers.find(
          (item) =>
            profiles.find((profile) => profile.id === attendee.candidateId)?.organizationId === item.organizationId,
        );
        if (!adviser) continue;
        await useCases.recordOutcome.execute({
          actor: adviser,
          candidateId: attendee.candidateId,
          outcome: {
            kind: 'training',
            date: new Date(campaignEvent.startsAt.getTime() + 20 * day),
            contractType: null,
            durationMonths: null,
            subsidised: false,
            qualifying: true,
            sector: null,
          },
        });
      }
    }
    const simulatedMs = Date.now() - campaignStart;
    const figuresStart = performance.now();
    const figures = await useCases.getCampaignFigures.execute({ actor: organiser, campaignId: campaign.id });
    const figuresMs = performance.now() - figuresStart;
    const line = (label: string, value: EventFigures) =>
      `  ${label.padEnd(28)} invited ${String(value.invited).padStart(5)}  registered ${String(value.registered).padStart(5)}  attended ${String(value.attended).padStart(5)}  no-shows ${String(value.noShows).padStart(4)}  interviews ${String(value.interviews).padStart(4)}  hires ${String(value.hires).padStart(4)}  trainings ${String(value.trainings).padStart(4)}`;
    const rates = (value: EventFigures) =>
      `  rates: registration ${percent(value.rates.registration)}, attendance ${percent(value.rates.attendance)}, interview ${percent(value.rates.interview)}, positive outcomes ${percent(value.rates.positiveOutcome)}`;
    process.stdout.write(
      [
        `campaign « ${figures.campaign.name} »: ${figures.byEvent.length} events, ${invitations} invitations, simulated in ${(simulatedMs / 1000).toFixed(0)} s`,
        line('total', figures.figures),
        rates(figures.figures),
        `  waitlisted at the end ${figures.figures.waitlisted}, declined ${figures.figures.declined}, walk-ins ${figures.figures.walkIns}, positive outcomes ${figures.figures.positiveOutcomes}`,
        ...figures.bySector.map((item) => line(`sector ${item.sector}`, item.figures)),
        ...figures.byEmployer.slice(0, 3).map((item) => line(item.organizationName, item.figures)),
        `  campaign figures computed in ${figuresMs.toFixed(0)} ms`,
        `peak RSS ${megabytes(rss.peak())}`,
        '',
      ].join('\n'),
    );
  } finally {
    rss.stop();
    await bench.stop();
  }
}

runBenchmark(main);
