import type { Connection } from 'mongoose';
import { MongoConventionRepository } from '../../../shared/adapters/mongo/MongoConventionRepository';
import { MongoOrganizationRepository } from '../../../shared/adapters/mongo/MongoOrganizationRepository';
import { connectMongo } from '../../../shared/adapters/mongo/connectMongo';
import type { Organization } from '../../../shared/domain/accounts/organization';
import type { Actor } from '../../../shared/domain/accounts/session';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../shared/domain/errors';
import type { ConventionContent } from '../../../shared/domain/reporting/conventions/convention';
import { CreateConvention } from '../../../shared/domain/reporting/conventions/useCases/createConvention';
import { GetConventionProgress } from '../../../shared/domain/reporting/conventions/useCases/getConventionProgress';
import { ListConventions } from '../../../shared/domain/reporting/conventions/useCases/listConventions';
import { UpdateConvention } from '../../../shared/domain/reporting/conventions/useCases/updateConvention';
import type { ConventionActuals, ConventionFigures, ConventionScope } from '../../../shared/ports/ConventionFigures';
import { uniqueName } from '../../support/testConfig';

/** The figures' real adapter reads the reporting counters; here only the figures are given by hand. */
class GivenFigures implements ConventionFigures {
  readonly scopes: ConventionScope[] = [];
  actuals: ConventionActuals = {
    recruited: 0,
    trained: 0,
    peopleWithOutcome: 0,
    positiveOutcomes: 0,
    eventParticipants: null,
  };

  actualsFor(scope: ConventionScope): Promise<ConventionActuals> {
    this.scopes.push(scope);
    return Promise.resolve(this.actuals);
  }
}

let mongo: Connection;
let conventions: MongoConventionRepository;
let organizations: MongoOrganizationRepository;
const figures = new GivenFigures();
const now = new Date('2026-07-02T12:00:00Z');
const clock = { now: () => now };
let useCases: {
  create: CreateConvention;
  update: UpdateConvention;
  list: ListConventions;
  get: GetConventionProgress;
};

let territory: Organization;
let employer: Organization;
let insertion: Organization;
let otherEmployer: Organization;
let foreignEmployer: Organization;
let admin: Actor;
let adviser: Actor;
let partnerEmployer: Actor;
let outsiderEmployer: Actor;
let foreignAdmin: Actor;

function actorOf(organization: Organization, role: Actor['role']): Actor {
  return { userId: '6650f0c0a1b2c3d4e5f60718', organizationId: organization.id, role };
}

function aConvention(overrides: Partial<ConventionContent> = {}): ConventionContent {
  return {
    name: 'Convention BTP Lille 2026',
    partnerIds: [employer.id, insertion.id],
    sector: 'construction',
    departmentCode: '59',
    period: { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-12-31T00:00:00Z') },
    targets: [
      { kind: 'recruited_or_trained', value: 100 },
      { kind: 'positive_outcome_rate', value: 0.9 },
    ],
    ...overrides,
  };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

beforeAll(async () => {
  const url = process.env.TEST_MONGO_URL;
  if (!url) throw new Error('TEST_MONGO_URL is not set: this test needs the services of tests/support/globalSetup.ts');
  mongo = await connectMongo(url, uniqueName('test'));
  conventions = new MongoConventionRepository(mongo);
  organizations = new MongoOrganizationRepository(mongo);
  await Promise.all([conventions.ensureIndexes(), organizations.ensureIndexes()]);
  const deps = { conventions, organizations, figures, clock };
  useCases = {
    create: new CreateConvention(deps),
    update: new UpdateConvention(deps),
    list: new ListConventions(deps),
    get: new GetConventionProgress(deps),
  };

  territory = await organizations.create({ kind: 'territory', name: 'Département du Nord' }, now);
  const inTerritory = { territoryId: territory.id };
  employer = await organizations.create(
    { kind: 'employer', name: 'Bâti Nord', siret: '73282932000074', ...inTerritory },
    now,
  );
  insertion = await organizations.create(
    { kind: 'insertion', name: 'PLIE Lille', structureType: 'plie', ...inTerritory },
    now,
  );
  otherEmployer = await organizations.create(
    { kind: 'employer', name: 'Transports Lys', siret: '73282932000074', ...inTerritory },
    now,
  );
  const otherTerritory = await organizations.create({ kind: 'territory', name: 'Département du Pas-de-Calais' }, now);
  foreignEmployer = await organizations.create(
    { kind: 'employer', name: 'Garage Arras', siret: '73282932000074', territoryId: otherTerritory.id },
    now,
  );
  admin = actorOf(territory, 'admin');
  adviser = actorOf(insertion, 'adviser');
  partnerEmployer = actorOf(employer, 'employer');
  outsiderEmployer = actorOf(otherEmployer, 'employer');
  foreignAdmin = actorOf(otherTerritory, 'admin');
});

afterAll(async () => {
  await mongo.dropDatabase().catch(() => undefined);
  await mongo.close();
});

describe('conventions and their targets', () => {
  it('an administrator records a convention of their territory, at version 1', async () => {
    const convention = await useCases.create.execute({ actor: admin, convention: aConvention() });

    expect(convention).toMatchObject({
      territoryId: territory.id,
      name: 'Convention BTP Lille 2026',
      partnerIds: [employer.id, insertion.id],
      sector: 'construction',
      departmentCode: '59',
      version: 1,
      createdAt: now,
    });
    expect(await conventions.findInTerritory(territory.id, convention.id)).toEqual(convention);
  });

  it('keeps a convention without sector nor département (the whole territory, every sector)', async () => {
    const convention = await useCases.create.execute({
      actor: admin,
      convention: aConvention({ sector: null, departmentCode: null, partnerIds: [employer.id, employer.id] }),
    });

    expect(convention).toMatchObject({ sector: null, departmentCode: null, partnerIds: [employer.id] });
  });

  it('refuses partners outside the territory and the territory itself, naming each field', async () => {
    const error = await rejection(
      useCases.create.execute({
        actor: admin,
        convention: aConvention({ partnerIds: [employer.id, foreignEmployer.id, territory.id] }),
      }),
    );

    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems).toEqual([
      { field: 'partnerIds.1', reason: 'organisation inconnue dans votre territoire' },
      { field: 'partnerIds.2', reason: expect.stringContaining('pas le territoire') },
    ]);
  });

  it('refuses a period ending before it starts, no target, and a rate above 100 %', async () => {
    const backwards = await rejection(
      useCases.create.execute({
        actor: admin,
        convention: aConvention({
          period: { from: new Date('2026-06-01T00:00:00Z'), to: new Date('2026-05-31T00:00:00Z') },
        }),
      }),
    );
    const noTarget = await rejection(
      useCases.create.execute({ actor: admin, convention: aConvention({ targets: [] }) }),
    );
    const badRate = await rejection(
      useCases.create.execute({
        actor: admin,
        convention: aConvention({ targets: [{ kind: 'positive_outcome_rate', value: 1.2 }] }),
      }),
    );

    expect((backwards as ValidationError).problems).toEqual([
      { field: 'period.to', reason: 'la fin de la période doit être postérieure à son début' },
    ]);
    expect((noTarget as ValidationError).problems).toEqual([
      { field: 'targets', reason: 'indiquez au moins un objectif' },
    ]);
    expect((badRate as ValidationError).problems).toEqual([
      { field: 'targets.0.value', reason: 'un taux entre 0 (exclu) et 1 est attendu' },
    ]);
  });

  it('only administrators record conventions', async () => {
    const error = await rejection(useCases.create.execute({ actor: adviser, convention: aConvention() }));

    expect(error).toBeInstanceOf(ForbiddenError);
  });

  it('partners read the conventions they are part of; another organisation gets 404 and an empty list', async () => {
    const convention = await useCases.create.execute({ actor: admin, convention: aConvention() });

    const byAdviser = await useCases.get.execute({ actor: adviser, conventionId: convention.id });
    const byEmployer = await useCases.list.execute({ actor: partnerEmployer, page: { limit: 100 } });
    const byOutsider = await rejection(useCases.get.execute({ actor: outsiderEmployer, conventionId: convention.id }));
    const byForeignAdmin = await rejection(useCases.get.execute({ actor: foreignAdmin, conventionId: convention.id }));
    const outsiderList = await useCases.list.execute({ actor: outsiderEmployer, page: { limit: 100 } });

    expect(byAdviser.convention.id).toBe(convention.id);
    expect(byEmployer.items.map((item) => item.id)).toContain(convention.id);
    expect(byOutsider).toBeInstanceOf(NotFoundError);
    expect(byForeignAdmin).toBeInstanceOf(NotFoundError);
    expect(outsiderList.items).toEqual([]);
  });

  it('an administrator lists every convention of the territory, page by page; another territory sees none', async () => {
    const first = await useCases.list.execute({ actor: admin, page: { limit: 2 } });
    const rest = await useCases.list.execute({
      actor: admin,
      page: { limit: 100, ...(first.nextCursor ? { after: first.nextCursor } : {}) },
    });
    const foreign = await useCases.list.execute({ actor: foreignAdmin, page: { limit: 100 } });

    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    expect(rest.items.length).toBeGreaterThan(0);
    expect(new Set([...first.items, ...rest.items].map((item) => item.territoryId))).toEqual(new Set([territory.id]));
    expect(foreign.items).toEqual([]);
  });

  it('computes the progress from the figures of the convention’s scope, at the clock’s date', async () => {
    const convention = await useCases.create.execute({ actor: admin, convention: aConvention() });
    figures.actuals = {
      recruited: 20,
      trained: 10,
      peopleWithOutcome: 10,
      positiveOutcomes: 9,
      eventParticipants: null,
    };

    const { progress } = await useCases.get.execute({ actor: admin, conventionId: convention.id });

    expect(figures.scopes.at(-1)).toEqual({
      organizationIds: [employer.id, insertion.id],
      sector: 'construction',
      departmentCode: '59',
      from: new Date('2026-01-01T00:00:00Z'),
      to: new Date('2026-12-31T00:00:00Z'),
    });
    // 2 July noon is half of 2026: 50 expected, 30 is 20 short (more than 10 % of 50).
    expect(progress.status).toBe('behind');
    expect(
      progress.targets.map(({ kind, actual, expectedNow, status }) => ({ kind, actual, expectedNow, status })),
    ).toEqual([
      { kind: 'recruited_or_trained', actual: 30, expectedNow: 50, status: 'behind' },
      { kind: 'positive_outcome_rate', actual: 0.9, expectedNow: 0.9, status: 'on_track' },
    ]);
  });

  it('an administrator changes a convention, which bumps its version; the same values write nothing', async () => {
    const convention = await useCases.create.execute({ actor: admin, convention: aConvention() });

    const updated = await useCases.update.execute({
      actor: admin,
      conventionId: convention.id,
      changes: { targets: [{ kind: 'trained', value: 65 }], partnerIds: [insertion.id] },
    });
    const unchanged = await useCases.update.execute({
      actor: admin,
      conventionId: convention.id,
      changes: { targets: [{ kind: 'trained', value: 65 }] },
    });

    expect(updated).toMatchObject({
      version: 2,
      targets: [{ kind: 'trained', value: 65 }],
      partnerIds: [insertion.id],
    });
    expect(updated.name).toBe(convention.name);
    expect(unchanged.version).toBe(2);
    // The employer is no partner any more: the convention no longer exists for it.
    expect(
      await rejection(useCases.get.execute({ actor: partnerEmployer, conventionId: convention.id })),
    ).toBeInstanceOf(NotFoundError);
  });

  it('checks the changed convention again, and keeps other territories’ conventions out of reach', async () => {
    const convention = await useCases.create.execute({ actor: admin, convention: aConvention() });

    const invalid = await rejection(
      useCases.update.execute({
        actor: admin,
        conventionId: convention.id,
        changes: { period: { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-01-01T00:00:00Z') } },
      }),
    );
    const foreign = await rejection(
      useCases.update.execute({ actor: foreignAdmin, conventionId: convention.id, changes: { name: 'Reprise' } }),
    );
    const byPartner = await rejection(
      useCases.update.execute({ actor: partnerEmployer, conventionId: convention.id, changes: { name: 'Reprise' } }),
    );

    expect((invalid as ValidationError).problems).toEqual([{ field: 'period.to', reason: expect.any(String) }]);
    expect(foreign).toBeInstanceOf(NotFoundError);
    expect(byPartner).toBeInstanceOf(ForbiddenError);
  });

  it('a change computed from a version another administrator wrote over in the meantime is a conflict', async () => {
    const convention = await useCases.create.execute({ actor: admin, convention: aConvention() });
    // The real repository, with another administrator's write landing between the read and the write.
    const racing: MongoConventionRepository = Object.assign(Object.create(conventions) as MongoConventionRepository, {
      async findInTerritory(territoryId: string, conventionId: string) {
        const read = await conventions.findInTerritory(territoryId, conventionId);
        if (read)
          await conventions.update(
            territoryId,
            conventionId,
            { ...read, name: 'Écriture concurrente' },
            read.version,
            now,
          );
        return read;
      },
    });
    const update = new UpdateConvention({ conventions: racing, organizations, clock });

    const error = await rejection(
      update.execute({ actor: admin, conventionId: convention.id, changes: { name: 'Reprise' } }),
    );

    expect(error).toBeInstanceOf(ConflictError);
    expect(await conventions.findInTerritory(territory.id, convention.id)).toMatchObject({
      name: 'Écriture concurrente',
      version: 2,
    });
  });

  it('an unknown or malformed id is a 404, never a 500', async () => {
    const unknown = await rejection(useCases.get.execute({ actor: admin, conventionId: '6650f0c0a1b2c3d4e5f60799' }));
    const malformed = await rejection(useCases.get.execute({ actor: adviser, conventionId: 'not-an-id' }));

    expect(unknown).toBeInstanceOf(NotFoundError);
    expect(malformed).toBeInstanceOf(NotFoundError);
  });
});
