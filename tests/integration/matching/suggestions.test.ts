import type { HardConstraintCode } from '../../../shared/domain/matching/hardConstraints';
import { refreshWindowSeconds } from '../../../shared/domain/matching/useCases/refreshSuggestions';
import { startWorkers, type RunningWorkers } from '../../../workers/startWorkers';
import { adminCredentials, anAccount, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { aCandidate, anOffer } from '../../support/builders';
import { queuesSettled } from '../../support/queues';
import { createCandidate as createCandidateAs, publishOffer as publishOfferAs } from '../../support/writes';
import { startTestApp, type TestApp } from '../../support/testApp';

let testApp: TestApp;
let workers: RunningWorkers;
let employer: string;
let adviser: string;
let otherAdviser: string;
let adviserOrganization: string;
/** The `find` commands sent to the suggestion lists' collection since the last call of listsRead. */
let listReads = 0;
const listsRead = () => {
  const count = listReads;
  listReads = 0;
  return count;
};

interface SuggestionItem {
  offerId: string;
  candidateId: string;
  score: number;
  breakdown: { criterion: string; weight: number; value: number; points: number; explanation: string }[];
  explanation: { met: string[]; missing: string[] };
  counterpart: { id: string };
}
interface SuggestionsBody {
  currentVersion: number;
  computedVersion: number | null;
  durationMs: number | null;
  retrieved: number;
  eligible: number;
  items: SuggestionItem[];
}

beforeAll(async () => {
  testApp = await startTestApp({
    env: { MATCHING_DEBOUNCE_MS: '20', SUGGESTIONS_REFRESH_LIMIT: '4' },
    monitorCommands: true,
  });
  testApp.deps.mongo.getClient().on('commandStarted', (event) => {
    if (event.commandName === 'find' && event.command.find === 'suggestionLists') listReads += 1;
  });
  // Both run where the embedded index lives: here, as in the API process.
  workers = await startWorkers(testApp.deps, ['indexing', 'matching']);
  await bootstrapAdmin(testApp);
  const adminToken = (await login(testApp, adminCredentials)).accessToken;
  employer = (await anAccount(testApp, adminToken, 'employer')).accessToken;
  const adviserAccount = await anAccount(testApp, adminToken, 'adviser');
  [adviser, adviserOrganization] = [adviserAccount.accessToken, adviserAccount.organizationId];
  otherAdviser = (await anAccount(testApp, adminToken, 'adviser')).accessToken;
});
afterAll(async () => {
  await workers.stop();
  await testApp.close();
});

/** An offer in Lille asking for every kind of hard constraint, so that each can be failed alone. */
const demandingOffer = () =>
  anOffer()
    .with({
      schedules: ['day', 'weekends'],
      dayStartHour: 8,
      dayEndHour: 17,
      startDate: '2027-03-01',
      minQualificationLevel: 4,
      qualificationRequiredByLaw: true,
      physicalDemands: ['outdoor_work'],
    })
    .build();

/** A person in Roubaix (11 km) who meets every constraint of demandingOffer. */
const fittingCandidate = () =>
  aCandidate()
    .consenting()
    .with({
      qualificationLevel: 4,
      certifications: ['PERMIS_B', 'PERMIS_C', 'FIMO_MARCHANDISES'],
      availability: { from: '2027-01-15', schedules: ['day', 'weekends'], earliestStartHour: 7, latestEndHour: 18 },
    });

const publishOffer = (body: Record<string, unknown>) => publishOfferAs(testApp, employer, body);

const createCandidate = async (body: Record<string, unknown>, token = adviser) =>
  (await createCandidateAs(testApp, token, body)).id;

async function offerSuggestions(offerId: string, token = adviser, query = ''): Promise<SuggestionsBody> {
  await queuesSettled(testApp);
  const response = await testApp
    .http()
    .get(`/api/v1/offers/${offerId}/suggestions${query}`)
    .set(...bearer(token))
    .expect(200);
  return response.body as SuggestionsBody;
}

async function candidateSuggestions(candidateId: string): Promise<SuggestionsBody> {
  await queuesSettled(testApp);
  const response = await testApp
    .http()
    .get(`/api/v1/candidates/${candidateId}/suggestions`)
    .set(...bearer(adviser))
    .expect(200);
  return response.body as SuggestionsBody;
}

const candidateIds = (body: SuggestionsBody) => body.items.map((item) => item.candidateId);
const offerIds = (body: SuggestionsBody) => body.items.map((item) => item.offerId);

describe('hard constraints, through the API and the workers', () => {
  const failing: [HardConstraintCode, Record<string, unknown>][] = [
    ['not_active', { status: 'paused' }],
    ['no_consent', { shareWithEmployers: false }],
    ['job_not_sought', { desiredJobs: [{ romeCode: 'K1302' }] }],
    ['too_far', { homeCommune: { inseeCode: '62041' }, mobility: { maxDistanceKm: 30, hasVehicle: true } }],
    ['missing_certification', { certifications: ['PERMIS_B', 'PERMIS_C'] }],
    [
      'incompatible_schedule',
      { availability: { from: '2027-01-15', schedules: ['day'], earliestStartHour: 7, latestEndHour: 18 } },
    ],
    [
      'incompatible_hours',
      { availability: { from: '2027-01-15', schedules: ['day', 'weekends'], earliestStartHour: 9, latestEndHour: 18 } },
    ],
    [
      'part_time_only',
      {
        availability: {
          from: '2027-01-15',
          workingTime: 'part_time',
          schedules: ['day', 'weekends'],
          earliestStartHour: 7,
          latestEndHour: 18,
        },
      },
    ],
    [
      'not_available_in_time',
      { availability: { from: '2027-04-01', schedules: ['day', 'weekends'], earliestStartHour: 7, latestEndHour: 18 } },
    ],
    ['contract_not_accepted', { acceptedContractTypes: ['cdd', 'interim'] }],
    ['qualification_too_low', { qualificationLevel: 3 }],
    ['incompatible_work_constraint', { workConstraints: ['outdoor_work'] }],
  ];
  let offerId: string;
  let fittingId: string;
  const failingIds = new Map<HardConstraintCode, string>();

  beforeAll(async () => {
    offerId = await publishOffer(demandingOffer());
    fittingId = await createCandidate(fittingCandidate().build());
    for (const [code, overrides] of failing) {
      failingIds.set(code, await createCandidate(fittingCandidate().with(overrides).build()));
    }
  });

  it('suggests the person who meets every constraint, both ways', async () => {
    expect(candidateIds(await offerSuggestions(offerId))).toContain(fittingId);
    expect(offerIds(await candidateSuggestions(fittingId))).toContain(offerId);
  });

  it.each(failing.map(([code]) => code))('never suggests a person who fails %s, either way', async (code) => {
    const candidateId = failingIds.get(code) ?? '';

    expect(candidateIds(await offerSuggestions(offerId))).not.toContain(candidateId);
    expect(offerIds(await candidateSuggestions(candidateId))).not.toContain(offerId);
  });
});

describe('suggestions', () => {
  it('explain every score: the breakdown adds up, and the explanation names what is met and missing', async () => {
    const offerId = await publishOffer(demandingOffer());
    const candidateId = await createCandidate(
      fittingCandidate()
        .with({ skills: ['Conduite de poids lourd'] })
        .build(),
    );

    const item = (await offerSuggestions(offerId)).items.find((suggestion) => suggestion.candidateId === candidateId);

    expect(item).toBeDefined();
    const points = item?.breakdown.reduce((sum, part) => sum + part.weight * part.value, 0) ?? -1;
    expect(item?.score).toBe(Math.round(points));
    expect(item?.breakdown.map((part) => part.criterion).sort()).toEqual(
      ['desiredJob', 'distance', 'experience', 'qualification', 'skills', 'textRelevance', 'waiting'].sort(),
    );
    expect(item?.explanation.met).toEqual(
      expect.arrayContaining([
        'Permis C détenu',
        '1 des 2 compétences demandées',
        expect.stringMatching(/^\d+ km, dans le rayon de 30 km déclaré$/),
      ]),
    );
    expect(item?.explanation.missing).toContain('compétence à acquérir : Arrimage des charges');
  });

  it('show an adviser the people of their own organisation only, and employers none', async () => {
    const offerId = await publishOffer(demandingOffer());
    const ownId = await createCandidate(fittingCandidate().build());
    const otherId = await createCandidate(fittingCandidate().build(), otherAdviser);

    expect(candidateIds(await offerSuggestions(offerId))).toContain(ownId);
    expect(candidateIds(await offerSuggestions(offerId))).not.toContain(otherId);
    expect(candidateIds(await offerSuggestions(offerId, otherAdviser))).toContain(otherId);
    expect(candidateIds(await offerSuggestions(offerId, otherAdviser))).not.toContain(ownId);
    // The figures of a list are about the reader's own organisation only.
    const others = await offerSuggestions(offerId, otherAdviser);
    expect(others).toEqual(expect.objectContaining({ retrieved: 1, eligible: 1 }));
    const own = await offerSuggestions(offerId);
    expect(own.eligible).toBe(own.items.length);
    await testApp
      .http()
      .get(`/api/v1/offers/${offerId}/suggestions`)
      .set(...bearer(employer))
      .expect(403);
    await testApp
      .http()
      .get(`/api/v1/candidates/${ownId}/suggestions`)
      .set(...bearer(employer))
      .expect(403);
    await testApp
      .http()
      .get(`/api/v1/candidates/${ownId}/suggestions`)
      .set(...bearer(otherAdviser))
      .expect(404);
    await testApp
      .http()
      .post(`/api/v1/offers/${offerId}/suggestions/refresh`)
      .set(...bearer(employer))
      .expect(403);
  });

  it('follow edits of the profile and of the offer', async () => {
    const offerId = await publishOffer(demandingOffer());
    const candidateId = await createCandidate(fittingCandidate().build());
    expect(candidateIds(await offerSuggestions(offerId))).toContain(candidateId);

    await testApp
      .http()
      .patch(`/api/v1/candidates/${candidateId}`)
      .set(...bearer(adviser))
      .send({ certifications: ['PERMIS_B'] })
      .expect(200);
    expect(candidateIds(await offerSuggestions(offerId))).not.toContain(candidateId);
    expect(offerIds(await candidateSuggestions(candidateId))).not.toContain(offerId);

    await testApp
      .http()
      .patch(`/api/v1/candidates/${candidateId}`)
      .set(...bearer(adviser))
      .send({ certifications: ['PERMIS_B', 'PERMIS_C', 'FIMO_MARCHANDISES'] })
      .expect(200);
    expect(candidateIds(await offerSuggestions(offerId))).toContain(candidateId);

    const edited = await testApp
      .http()
      .patch(`/api/v1/offers/${offerId}`)
      .set(...bearer(employer))
      .send({ requiredCertifications: ['PERMIS_CE'] })
      .expect(200);
    const after = await offerSuggestions(offerId);
    expect(candidateIds(after)).not.toContain(candidateId);
    expect(after.computedVersion).toBe((edited.body as { version: number }).version);
    expect(after.currentVersion).toBe(after.computedVersion);
    expect(offerIds(await candidateSuggestions(candidateId))).not.toContain(offerId);
  });

  it('take limit and minScore, report the computation, and refuse a bad query with the field', async () => {
    const offerId = await publishOffer(demandingOffer());
    for (let index = 0; index < 3; index += 1) await createCandidate(fittingCandidate().build());

    const all = await offerSuggestions(offerId);
    expect(all.items.length).toBeGreaterThanOrEqual(3);
    expect(all.durationMs).toEqual(expect.any(Number));
    expect((await offerSuggestions(offerId, adviser, '?limit=2')).items).toHaveLength(2);
    const best = Math.max(...all.items.map((item) => item.score));
    const above = await offerSuggestions(offerId, adviser, `?minScore=${best}`);
    expect(above.items.length).toBeGreaterThan(0);
    expect(above.items.every((item) => item.score >= best)).toBe(true);

    const bad = await testApp
      .http()
      .get(`/api/v1/offers/${offerId}/suggestions?minScore=lots`)
      .set(...bearer(adviser))
      .expect(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'query.minScore' })]);
  });

  it('recompute on request: 202 with the job id, then the list reflects the current version', async () => {
    const offerId = await publishOffer(demandingOffer());
    const candidateId = await createCandidate(fittingCandidate().build());
    await queuesSettled(testApp);

    for (const path of [`/api/v1/offers/${offerId}`, `/api/v1/candidates/${candidateId}`]) {
      const response = await testApp
        .http()
        .post(`${path}/suggestions/refresh`)
        .set(...bearer(adviser))
        .expect(202);
      expect(response.body).toEqual({ jobId: expect.any(String) });
      const job = await testApp.deps.queues.matching.getJob((response.body as { jobId: string }).jobId);
      expect(job?.data).toEqual(expect.objectContaining({ reason: 'refresh' }));
    }
    expect(candidateIds(await offerSuggestions(offerId))).toContain(candidateId);
  });

  it('merge the requests for the same list made moments apart, and limit them per adviser', async () => {
    const offerId = await publishOffer(demandingOffer());
    // The publication's own computation done first: a request made while it waits joins it instead.
    await queuesSettled(testApp);
    const refresh = (status: number) =>
      testApp
        .http()
        .post(`/api/v1/offers/${offerId}/suggestions/refresh`)
        .set(...bearer(otherAdviser))
        .expect(status);
    // Two requests inside one merging window (asked again in the rare case they straddle two).
    const windowOf = () => Math.floor(Date.now() / (refreshWindowSeconds * 1000));
    let pair: { jobId: string }[] = [];
    let asked = 0;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const before = windowOf();
      pair = [(await refresh(202)).body as { jobId: string }, (await refresh(202)).body as { jobId: string }];
      asked += 2;
      if (windowOf() === before) break;
    }
    expect(pair[1]?.jobId).toBe(pair[0]?.jobId);
    // The limit of the suite (SUGGESTIONS_REFRESH_LIMIT, 4 per 10 minutes), then a 429.
    for (; asked < 4; asked += 1) await refresh(202);
    const refused = await refresh(429);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('computes at start the lists that are missing (data older than matching, a lost list)', async () => {
    const offerId = await publishOffer(demandingOffer());
    const candidateId = await createCandidate(fittingCandidate().build());
    await queuesSettled(testApp);
    await testApp.deps.mongo.collection('suggestionLists').deleteOne({ _id: `offer:${offerId}` as never });

    expect(await testApp.deps.useCases.backfillSuggestions.execute()).toBeGreaterThanOrEqual(1);
    expect(candidateIds(await offerSuggestions(offerId))).toContain(candidateId);
    expect(await testApp.deps.useCases.backfillSuggestions.execute()).toBe(0);
  });

  it('are shown from a copy kept beside the database, which a new computation replaces; a computation keeps none', async () => {
    const offerId = await publishOffer(demandingOffer());
    const first = await createCandidate(fittingCandidate().build());
    await queuesSettled(testApp);
    // The page reads the slice of the adviser's organisation.
    const slice = `offer:${offerId}|${adviserOrganization}`;
    const copyOfList = async () => (await testApp.deps.recordCopies.getAll('suggestion-list', [slice])).get(slice);
    // The computations read their lists from the database and keep no copy of them.
    expect(await copyOfList()).toBeUndefined();

    listsRead();
    const shown = candidateIds(await offerSuggestions(offerId));
    expect(shown).toContain(first);
    // The list's head and the slice of the adviser's organisation.
    expect(listsRead()).toBe(2);
    const kept = await copyOfList();
    expect(kept?.version).toBeGreaterThanOrEqual(1);
    expect(candidateIds(await offerSuggestions(offerId))).toEqual(shown);
    expect(listsRead()).toBe(0);

    // A new person: the list is computed again (its revision announced), and the page reads it anew.
    const second = await createCandidate(fittingCandidate().build());
    await queuesSettled(testApp);
    expect(await copyOfList()).toBeUndefined();
    listsRead();
    const shownAgain = candidateIds(await offerSuggestions(offerId));
    expect(shownAgain).toEqual(expect.arrayContaining([first, second]));
    expect((await copyOfList())?.version).toBeGreaterThan(kept!.version);
    expect(candidateIds(await offerSuggestions(offerId))).toEqual(shownAgain);
    expect(listsRead()).toBe(2);
  });

  it('are stored by organisation for an offer: each structure’s page reads its own slice, which goes with its people', async () => {
    // A structure of its own, whose only person is suggested here.
    const structure = await anAccount(testApp, (await login(testApp, adminCredentials)).accessToken, 'adviser');
    const offerId = await publishOffer(demandingOffer());
    const ours = await createCandidate(fittingCandidate().build());
    const theirs = await createCandidate(fittingCandidate().build(), structure.accessToken);
    await queuesSettled(testApp);
    // Read by key, as the repository reads them (a test on FerretDB: no `$in` over the collection).
    const stored = async () => {
      const keys = [
        `offer:${offerId}`,
        `offer:${offerId}|${adviserOrganization}`,
        `offer:${offerId}|${structure.organizationId}`,
      ];
      const collection = testApp.deps.mongo.collection<{ _id: string; suggestions: { candidateId: string }[] }>(
        'suggestionLists',
      );
      const found = new Map<string, string[]>();
      for (const _id of keys) {
        const document = await collection.findOne({ _id });
        if (document)
          found.set(
            _id,
            document.suggestions.map((suggestion) => suggestion.candidateId),
          );
      }
      return found;
    };

    const whole = await testApp.deps.repositories.suggestions.findList({ entity: 'offer', id: offerId });
    expect(whole?.suggestions.map((suggestion) => suggestion.candidateId)).toEqual(
      expect.arrayContaining([ours, theirs]),
    );
    const documents = await stored();
    expect(documents.get(`offer:${offerId}`)).toEqual([]);
    expect(documents.get(`offer:${offerId}|${adviserOrganization}`)).toContain(ours);
    expect(documents.get(`offer:${offerId}|${adviserOrganization}`)).not.toContain(theirs);
    expect(documents.get(`offer:${offerId}|${structure.organizationId}`)).toEqual([theirs]);
    expect(candidateIds(await offerSuggestions(offerId, structure.accessToken))).toEqual([theirs]);

    // Their person no longer fits: their slice goes, and their page shows nobody, with the figures.
    await testApp
      .http()
      .patch(`/api/v1/candidates/${theirs}`)
      .set(...bearer(structure.accessToken))
      .send({ certifications: ['PERMIS_B'] })
      .expect(200);
    const theirPage = await offerSuggestions(offerId, structure.accessToken);
    expect(candidateIds(theirPage)).toEqual([]);
    expect(theirPage.computedVersion).toBe(theirPage.currentVersion);
    expect((await stored()).has(`offer:${offerId}|${structure.organizationId}`)).toBe(false);
    expect(candidateIds(await offerSuggestions(offerId))).toContain(ours);
  });

  it('read a list saved whole before slices as it is, and one whose save stopped halfway as nobody, until the next save', async () => {
    const offerId = await publishOffer(demandingOffer());
    const person = await createCandidate(fittingCandidate().build());
    await queuesSettled(testApp);
    const { suggestions } = testApp.deps.repositories;
    // Written by hand, as a version before slices or a save that stopped would have left them.
    const collection = testApp.deps.mongo.collection('suggestionLists');
    const head = `offer:${offerId}` as never;
    const slice = `offer:${offerId}|${adviserOrganization}` as never;
    const whole = await suggestions.findList({ entity: 'offer', id: offerId });
    expect(whole?.suggestions.map((item) => item.candidateId)).toContain(person);

    // As a version before slices left it: one document, no revision. Its copies go (a hand's write).
    await collection.deleteOne({ _id: slice });
    await collection.replaceOne({ _id: head }, { ...whole! });
    await testApp.deps.recordCopies.dropAll();
    expect(candidateIds(await offerSuggestions(offerId))).toContain(person);
    expect((await suggestions.findList({ entity: 'offer', id: offerId }))?.suggestions).toEqual(whole?.suggestions);
    await testApp.deps.useCases.computeSuggestions.execute({ entity: 'offer', id: offerId });
    expect(await collection.findOne({ _id: slice })).not.toBeNull();
    expect(candidateIds(await offerSuggestions(offerId))).toContain(person);

    // A save that wrote its head and stopped: the slice is the previous save's, and counts no more.
    await collection.updateOne({ _id: head }, { $inc: { revision: 1 } });
    await testApp.deps.recordCopies.dropAll();
    expect(candidateIds(await offerSuggestions(offerId))).toEqual([]);
    expect((await suggestions.findList({ entity: 'offer', id: offerId }))?.suggestions).toEqual([]);
    await testApp.deps.useCases.computeSuggestions.execute({ entity: 'offer', id: offerId });
    expect(candidateIds(await offerSuggestions(offerId))).toContain(person);
  });

  it('computed twice, gives the same list (the job is idempotent)', async () => {
    const offerId = await publishOffer(demandingOffer());
    await createCandidate(fittingCandidate().build());
    await queuesSettled(testApp);
    const { computeSuggestions } = testApp.deps.useCases;
    const list = async () => {
      const found = await testApp.deps.repositories.suggestions.findList({ entity: 'offer', id: offerId });
      if (!found) throw new Error('no list');
      // What a computation writes besides the time it ran and took (and the waiting time, which grows).
      const { computedAt: _at, durationMs: _ms, suggestions, ...rest } = found;
      return {
        ...rest,
        suggestions: suggestions.map(({ computedAt: _c, breakdown, ...item }) => ({
          ...item,
          breakdown: breakdown.filter((part) => part.criterion !== 'waiting'),
        })),
      };
    };

    await computeSuggestions.execute({ entity: 'offer', id: offerId });
    const first = await list();
    await computeSuggestions.execute({ entity: 'offer', id: offerId });

    expect(first.suggestions.length).toBeGreaterThan(0);
    expect(await list()).toEqual(first);
  });
});
