import { Types } from 'mongoose';
import { MongoOrganizationRepository } from '../../shared/adapters/mongo/MongoOrganizationRepository';
import type { Actor } from '../../shared/domain/accounts/session';
import type { Dependencies } from '../../shared/wiring/buildDependencies';
import type { ScaleWorld } from './scaleSeed';

/**
 * The accounts a Département's benchmark runs as: the first administrator, 3 structures of 40
 * advisers (one of them a real account: `adviser`), 50 employers (the first with a real account:
 * `employer`), and the ids of whoever the seeded notifications go to.
 */
export async function createBenchWorld(deps: Dependencies, now: Date) {
  const { useCases } = deps;
  const adminEmail = 'bench-admin@passerelle.test';
  await useCases.ensureFirstAdmin.execute({
    email: adminEmail,
    password: 'bench-admin-password-1',
    territoryName: 'Département du Nord',
  });
  const territory = await deps.mongo.collection('organizations').findOne({ kind: 'territory' });
  const adminUser = await deps.mongo.collection('users').findOne({ email: adminEmail });
  if (!territory || !adminUser) throw new Error('the first administrator was not created');
  const admin: Actor = { userId: adminUser._id.toString(), organizationId: territory._id.toString(), role: 'admin' };
  const organizations = new MongoOrganizationRepository(deps.mongo);
  const structures = [];
  for (const name of ['France Travail Lille', 'Mission locale de Roubaix', 'PLIE de Tourcoing']) {
    structures.push(
      await organizations.create(
        { kind: 'insertion', name, structureType: 'plie', territoryId: territory._id.toString() },
        now,
      ),
    );
  }
  const employers = [];
  for (let index = 1; index <= 50; index += 1) {
    employers.push(
      await organizations.create(
        {
          kind: 'employer',
          name: `Employeur ${index}`,
          siret: '73282932000074',
          territoryId: territory._id.toString(),
        },
        now,
      ),
    );
  }
  const user = async (organizationId: string, role: 'adviser' | 'employer', email: string): Promise<Actor> => {
    const created = await useCases.createUser.execute({
      actor: admin,
      organizationId,
      user: {
        email,
        displayName: role === 'adviser' ? 'Conseillère' : 'Employeur',
        role,
        password: 'a-long-password-42',
      },
    });
    return { userId: created.id, organizationId, role };
  };
  const adviser = await user(structures[0]!.id, 'adviser', 'adviser@bench.test');
  const employer = await user(employers[0]!.id, 'employer', 'employer@bench.test');
  const adviserIds = structures.map((_, index) =>
    Array.from({ length: 40 }, (__, rank) =>
      index === 0 && rank === 0 ? adviser.userId : new Types.ObjectId().toHexString(),
    ),
  );
  const world: ScaleWorld = {
    structureIds: structures.map((item) => item.id),
    adviserIds,
    employerIds: employers.map((item) => item.id),
    notifiedUserIds: [...adviserIds.flat(), ...employers.map(() => new Types.ObjectId().toHexString())].map(
      (id, index) => (index === adviserIds.flat().length ? employer.userId : id),
    ),
  };
  return { world, adviser, employer };
}
