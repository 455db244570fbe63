import ExcelJS from 'exceljs';
import { MongoDomainEvents } from '../../../shared/adapters/mongo/MongoDomainEvents';
import { MongoOrganizationRepository } from '../../../shared/adapters/mongo/MongoOrganizationRepository';
import { MongoReportingCounters } from '../../../shared/adapters/mongo/MongoReportingCounters';
import { MongoReportingJournal } from '../../../shared/adapters/mongo/MongoReportingJournal';
import { reportingIncrements } from '../../../shared/domain/reporting/reportingIncrements';
import { sumIncrements } from '../../../shared/domain/reporting/sumIncrements';
import type { DomainEvent } from '../../../shared/ports/DomainEvents';
import { startWorkers, type RunningWorkers } from '../../../workers/startWorkers';
import { adminCredentials, anAccount, bearer, bootstrapAdmin, login } from '../../support/accounts';
import { aCandidate, anOffer } from '../../support/builders';
import { takeStep } from '../../support/proposals';
import { queuesSettled } from '../../support/queues';
import { startTestApp, type TestApp } from '../../support/testApp';
import { createCandidate, publishOffer } from '../../support/writes';

/**
 * Reporting on the real stack: counters kept by the projection from the domain events, read
 * through the API by each role, exported as CSV and XLSX; a generated history counted by the
 * projection and independently here; replays and a rebuild change nothing.
 */
let testApp: TestApp;
let workers: RunningWorkers;
let admin: string;
let employer: { token: string; organizationId: string };
let adviser: { token: string; organizationId: string };
let otherAdviser: { token: string; organizationId: string };

interface Figures {
  rows: { label: string; figures: Record<string, number | null> }[];
  total: Record<string, number | null>;
  funnel: { step: string; count: number }[];
}

beforeAll(async () => {
  testApp = await startTestApp({ env: { MATCHING_DEBOUNCE_MS: '20' } });
  workers = await startWorkers(testApp.deps, ['indexing', 'matching']);
  await bootstrapAdmin(testApp);
  admin = (await login(testApp, adminCredentials)).accessToken;
  const account = async (role: 'employer' | 'adviser') => {
    const created = await anAccount(testApp, admin, role);
    return { token: created.accessToken, organizationId: created.organizationId };
  };
  employer = await account('employer');
  adviser = await account('adviser');
  otherAdviser = await account('adviser');
});
afterAll(async () => {
  await workers.stop();
  await testApp.close();
});

const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit' })
  .format(new Date())
  .slice(0, 7);

async function project(): Promise<void> {
  await queuesSettled(testApp);
  await testApp.deps.useCases.projectReportingEvents.execute({ maxBatches: 1_000 });
}

async function indicators(token: string, query: Record<string, string> = {}, status = 200): Promise<Figures> {
  const response = await testApp
    .http()
    .get('/api/v1/reporting/indicators')
    .query({ from: month, to: month, ...query })
    .set(...bearer(token))
    .expect(status);
  return response.body as Figures;
}

async function organizationNames(): Promise<Map<string, string>> {
  const response = await testApp
    .http()
    .get('/api/v1/organizations')
    .set(...bearer(admin))
    .expect(200);
  const items = (response.body as { items: { id: string; name: string }[] }).items;
  return new Map(items.map((item) => [item.id, item.name]));
}

async function proposal(): Promise<string> {
  const offerId = await publishOffer(testApp, employer.token, anOffer().build());
  const person = aCandidate()
    .consenting()
    .with({ certifications: ['PERMIS_B', 'PERMIS_C', 'FIMO_MARCHANDISES'] })
    .build();
  const { id: candidateId } = await createCandidate(testApp, adviser.token, person);
  const match = await testApp
    .http()
    .post('/api/v1/matches')
    .set(...bearer(adviser.token))
    .send({ offerId, candidateId })
    .expect(201);
  const matchId = (match.body as { id: string }).id;
  await takeStep(testApp, adviser.token, matchId, { action: 'shortlist' });
  await takeStep(testApp, adviser.token, matchId, { action: 'propose' });
  return matchId;
}

describe('reporting through the pipeline', () => {
  let hiredCandidateOutcomes: { items: { kind: string; outcomeClass: string }[] };

  beforeAll(async () => {
    const hired = await proposal();
    const declined = await proposal();
    await takeStep(testApp, employer.token, hired, { action: 'request_interview' });
    await takeStep(testApp, employer.token, hired, {
      action: 'schedule_interview',
      interview: { at: '2027-01-10T09:30:00Z', place: 'Entrepôt Nord, Roubaix', contactName: 'Mme Roux' },
    });
    await takeStep(testApp, employer.token, hired, { action: 'hire' });
    await takeStep(testApp, employer.token, declined, { action: 'decline', reason: 'lacking_skills' });
    const { id: trainee } = await createCandidate(testApp, adviser.token, aCandidate().build());
    await testApp
      .http()
      .post(`/api/v1/candidates/${trainee}/outcomes`)
      .set(...bearer(adviser.token))
      .send({
        kind: 'training',
        date: new Date().toISOString().slice(0, 10),
        qualifying: true,
        sector: 'transport_logistics',
      })
      .expect(201);
    const match = await testApp
      .http()
      .get(`/api/v1/matches/${hired}`)
      .set(...bearer(adviser.token))
      .expect(200);
    const candidateId = (match.body as { candidateId: string }).candidateId;
    hiredCandidateOutcomes = (
      await testApp
        .http()
        .get(`/api/v1/candidates/${candidateId}/outcomes`)
        .set(...bearer(adviser.token))
        .expect(200)
    ).body as typeof hiredCandidateOutcomes;
    await project();
  });

  it('records a hire as the person’s outcome, classed', () => {
    expect(hiredCandidateOutcomes.items).toEqual([
      expect.objectContaining({ kind: 'employment', outcomeClass: 'lasting_employment' }),
    ]);
  });

  it('gives the adviser the figures of the people their organisation follows, the funnel and the rates', async () => {
    const { total, funnel } = await indicators(adviser.token);
    expect(total).toMatchObject({
      shortlisted: 2,
      proposals: 2,
      answers: 2,
      answerRate: 1,
      interviews: 1,
      hires: 1,
      outcomes: 2,
      lastingEmployment: 1,
      positiveExits: 1,
      positiveOutcomes: 2,
      positiveOutcomeRate: 1,
      recruited: 1,
      trained: 1,
    });
    expect(total.medianDaysToAnswer).toBe(0);
    expect(funnel.map((step) => step.count)).toEqual([2, 2, 1, 1, 1]);
  });

  it('counts the people followed at the end of the period, and those who have had a suggestion', async () => {
    const caseload = async () =>
      (
        (
          await testApp
            .http()
            .get('/api/v1/candidates/caseload')
            .query({ scope: 'organization', limit: 100 })
            .set(...bearer(adviser.token))
            .expect(200)
        ).body as { items: { candidate: { id: string; status: string }; currentSuggestions: number }[] }
      ).items;
    const people = await caseload();
    const active = people.filter((item) => item.candidate.status === 'active');
    const suggested = people.filter((item) => item.currentSuggestions > 0);
    expect(suggested.length).toBeGreaterThan(0);
    const { total } = await indicators(adviser.token);
    expect(total.peopleFollowed).toBe(active.length);
    expect(total.peopleWithSuggestion).toBe(suggested.length);
    expect((await indicators(admin)).total.peopleFollowed).toBe(active.length);

    const paused = active[0]?.candidate.id ?? '';
    await testApp
      .http()
      .patch(`/api/v1/candidates/${paused}`)
      .set(...bearer(adviser.token))
      .send({ status: 'paused' })
      .expect(200);
    await project();
    expect((await indicators(adviser.token)).total).toMatchObject({
      peopleFollowed: active.length - 1,
      followedLeft: 1,
    });
    // People are followed by structures: an employer's figures and a sector's have none.
    expect((await indicators(employer.token)).total.peopleFollowed).toBeNull();
    expect((await indicators(adviser.token, { sector: 'transport_logistics' })).total.peopleFollowed).toBeNull();
  });

  it('gives the employer the figures of their own offers, and each organisation only its own', async () => {
    expect((await indicators(employer.token)).total).toMatchObject({ offersPublished: 2, proposals: 2, hires: 1 });
    expect((await indicators(otherAdviser.token)).total).toMatchObject({ proposals: 0, hires: 0, outcomes: 0 });
    await indicators(otherAdviser.token, { organizationId: adviser.organizationId }, 404);
    await indicators(employer.token, { organizationId: adviser.organizationId }, 404);
  });

  it('gives the territory’s administrator the whole territory, or one of its organisations', async () => {
    expect((await indicators(admin)).total).toMatchObject({ proposals: 2, hires: 1, offersPublished: 2 });
    const one = await indicators(admin, { organizationId: otherAdviser.organizationId });
    expect(one.total).toMatchObject({ proposals: 0 });
    const byOrganization = await indicators(admin, { groupBy: 'organization' });
    const rowOf = (label: string) => byOrganization.rows.find((row) => row.label.startsWith(label))?.figures;
    const names = await organizationNames();
    expect(rowOf(`${names.get(employer.organizationId)} (employeur)`)).toMatchObject({
      proposals: 2,
      hires: 1,
      peopleFollowed: null,
    });
    expect(rowOf(`${names.get(adviser.organizationId)} (structure d’insertion)`)?.peopleFollowed).toBe(
      (await indicators(adviser.token)).total.peopleFollowed,
    );
    expect(rowOf(`${names.get(adviser.organizationId)} (structure d’insertion)`)).toMatchObject({ proposals: 2 });
    expect(rowOf(`${names.get(otherAdviser.organizationId)} (structure d’insertion)`)).toMatchObject({ proposals: 0 });
    expect(byOrganization.rows.some((row) => row.label.includes('Territoire'))).toBe(false);
    await indicators(adviser.token, { groupBy: 'organization' }, 400);
    const bySector = await indicators(admin, { groupBy: 'sector' });
    expect(bySector.rows.find((row) => row.label === 'Transport et logistique')?.figures).toMatchObject({
      proposals: 2,
    });
  });

  it('exports as XLSX the same numbers as the API, small counts written « < 5 »', async () => {
    const response = await testApp
      .http()
      .get('/api/v1/reporting/export')
      .query({ from: month, to: month, format: 'xlsx' })
      .set(...bearer(adviser.token))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(response.headers['content-disposition']).toMatch(/passerelle-indicateurs/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(response.body as Buffer).buffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    const header = rows.find((row) => row.includes('Offres publiées')) ?? [];
    const totalRow = rows.find((row) => row.includes('Total')) ?? [];
    const cell = (label: string) => totalRow[header.indexOf(label)];
    const api = (await indicators(adviser.token)).total;
    // 2 proposals, 1 hire: people, fewer than 5; offers are not people and stay as they are.
    expect(cell('Propositions')).toBe('< 5');
    expect(cell('Embauches')).toBe('< 5');
    expect(cell('Offres publiées')).toBe(api.offersPublished);
    expect(rows.some((row) => row.some((value) => typeof value === 'string' && value.includes('Structure')))).toBe(
      true,
    );
  });

  it('exports the funnel as CSV with the filters at the top', async () => {
    const response = await testApp
      .http()
      .get('/api/v1/reporting/export')
      .query({ from: month, to: month, format: 'csv', table: 'funnel' })
      .set(...bearer(adviser.token))
      .expect(200);
    expect(response.headers['content-type']).toMatch(/text\/csv/);
    expect(response.text).toContain('Période');
    expect(response.text).toContain('Embauchées');
  });
});

describe('the projection of a generated history', () => {
  const months = ['2026-01', '2026-02', '2026-03', '2026-04'];
  const actions = ['shortlist', 'propose', 'request_interview', 'schedule_interview', 'hire'] as const;
  let events: DomainEvent[];

  /** Seeded, so that a failure can be replayed. */
  function generate(count: number): DomainEvent[] {
    let seed = 42;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    return Array.from({ length: count }, (_, index) => {
      const action = actions[Math.floor(next() * actions.length)] ?? 'propose';
      const chosenMonth = months[Math.floor(next() * months.length)] ?? '2026-01';
      const day = 1 + Math.floor(next() * 27);
      const organizationId = next() < 0.6 ? adviser.organizationId : otherAdviser.organizationId;
      return {
        id: `generated:${index}`,
        type: 'match.transitioned',
        at: new Date(`${chosenMonth}-${String(day).padStart(2, '0')}T12:00:00Z`),
        data: {
          matchId: `0000000000000000000${String(index).padStart(5, '0')}`,
          offerId: '0000000000000000000000ff',
          candidateId: `c${index}`,
          offerOrganizationId: employer.organizationId,
          candidateOrganizationId: organizationId,
          action,
          from: 'suggested',
          to: 'shortlisted',
          actorKind: 'adviser',
          actorUserId: 'u',
          reason: null,
          shareReason: false,
          visibleToEmployer: false,
        },
      };
    });
  }

  /** Written apart from the projection: per organisation and month, how many of each action. */
  function countedHere(organizationId: string, forMonth: string, action: (typeof actions)[number]): number {
    return events.filter(
      (event) =>
        event.data.candidateOrganizationId === organizationId &&
        event.data.action === action &&
        event.at.toISOString().slice(0, 7) === forMonth,
    ).length;
  }

  const measureOf = {
    shortlist: 'shortlisted',
    propose: 'proposals',
    request_interview: 'interviewRequests',
    schedule_interview: 'interviews',
    hire: 'hires',
  } as const;

  async function projected(token: string) {
    return indicators(token, { from: months[0] ?? '', to: months[months.length - 1] ?? '' });
  }

  function expectSameAsCountedHere(figures: Figures, organizationId: string): void {
    for (const row of figures.rows) {
      for (const action of actions) {
        expect({ row: row.label, action, count: row.figures[measureOf[action]] }).toEqual({
          row: row.label,
          action,
          count: countedHere(organizationId, row.label, action),
        });
      }
    }
  }

  beforeAll(async () => {
    events = generate(600);
    await new MongoDomainEvents(testApp.deps.mongo).publish(events);
    await project();
  });

  it('counts what an independent count of the events finds, per organisation and month', async () => {
    expectSameAsCountedHere(await projected(adviser.token), adviser.organizationId);
    expectSameAsCountedHere(await projected(otherAdviser.token), otherAdviser.organizationId);
  });

  it('counts nothing twice when every event is published and projected again', async () => {
    const before = await projected(adviser.token);
    await new MongoDomainEvents(testApp.deps.mongo).publish(events);
    await project();
    expect(await projected(adviser.token)).toEqual(before);
  });

  it('counts a batch once when the projection stopped halfway through applying it', async () => {
    const before = await projected(adviser.token);
    const territoryBefore = await projected(admin);
    const [template] = generate(1);
    if (!template) throw new Error('no event');
    const late: DomainEvent = {
      ...template,
      id: 'generated:crashed',
      at: new Date('2026-02-14T12:00:00Z'),
      data: { ...template.data, action: 'propose', candidateOrganizationId: adviser.organizationId },
    };
    const organizations = new MongoOrganizationRepository(testApp.deps.mongo);
    const territoryId = (await organizations.findById(adviser.organizationId))?.territoryId ?? null;
    await new MongoDomainEvents(testApp.deps.mongo).publish([late]);
    // The crash: the batch written down, the first of its counters reached, nothing else.
    const increments = sumIncrements(reportingIncrements(late, { sector: null, proposedAt: null, territoryId }));
    const batch = { id: 'crashed-batch', eventIds: [late.id], increments };
    await new MongoReportingJournal(testApp.deps.mongo).write(batch);
    await new MongoReportingCounters(testApp.deps.mongo).apply(batch.id, increments.slice(0, 1), {
      recovering: false,
    });
    expect(increments.length).toBeGreaterThan(1);
    await project();
    events.push(late);
    const after = await projected(adviser.token);
    expect(after.total.proposals).toBe((before.total.proposals ?? 0) + 1);
    // The territory's counter, reached before the crash, is not counted twice.
    expect(increments[0]?.dimension).toMatch(/^territory:/);
    expect((await projected(admin)).total.proposals).toBe((territoryBefore.total.proposals ?? 0) + 1);
    expectSameAsCountedHere(after, adviser.organizationId);
    expect(await new MongoReportingJournal(testApp.deps.mongo).unfinished()).toBeNull();
  });

  it('gives the same figures when rebuilt from the events alone', async () => {
    const before = { mine: await projected(adviser.token), territory: await projected(admin) };
    await testApp.deps.useCases.rebuildReporting.execute();
    expect({ mine: await projected(adviser.token), territory: await projected(admin) }).toEqual(before);
  });
});
