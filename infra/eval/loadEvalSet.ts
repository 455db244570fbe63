/**
 * Loads the graded set on the real stack through the use cases, as people would through the API:
 * an employer organisation publishes the offers, an insertion organisation records the profiles;
 * the indexing and matching workers compute the suggestions.
 */
import { newCandidateBodySchema } from '../../services/api/schemas/candidateSchemas';
import { newOfferBodySchema } from '../../services/api/schemas/offerSchemas';
import type { Actor } from '../../shared/domain/accounts/session';
import type { CandidateProfile } from '../../shared/domain/candidates/candidateProfile';
import type { Offer } from '../../shared/domain/offers/offer';
import type { Dependencies } from '../../shared/wiring/buildDependencies';
import { drained } from '../bench/benchDependencies';
import type { EvalOffer, EvalProfile } from './evalSet';

export interface LoadedSet {
  adviser: Actor;
  offers: Map<string, Offer>;
  profiles: Map<string, CandidateProfile>;
}

const admin = { email: 'eval-admin@passerelle.test', password: 'eval-admin-password-123' };

async function accounts(deps: Dependencies): Promise<{ employer: Actor; adviser: Actor }> {
  const { useCases } = deps;
  await useCases.ensureFirstAdmin.execute({ ...admin, territoryName: 'Territoire d’évaluation' });
  const adminUser = await deps.repositories.users.findByEmail(admin.email);
  if (!adminUser) throw new Error('the evaluation administrator was not created');
  const adminActor: Actor = { userId: adminUser.id, organizationId: adminUser.organizationId, role: 'admin' };
  const member = async (
    organization: Parameters<typeof useCases.createOrganization.execute>[0]['organization'],
    role: 'employer' | 'adviser',
  ) => {
    const created = await useCases.createOrganization.execute({ actor: adminActor, organization });
    const user = await useCases.createUser.execute({
      actor: adminActor,
      organizationId: created.id,
      user: {
        email: `eval-${role}@passerelle.test`,
        displayName: `Évaluation ${role}`,
        role,
        password: 'a-long-password-42',
      },
    });
    return { userId: user.id, organizationId: created.id, role };
  };
  return {
    employer: await member(
      { kind: 'employer', name: 'Employeurs de l’évaluation', siret: '73282932000074' },
      'employer',
    ),
    adviser: await member(
      { kind: 'insertion', name: 'Structure de l’évaluation', structureType: 'mission_locale' },
      'adviser',
    ),
  };
}

export async function loadEvalSet(
  deps: Dependencies,
  offers: EvalOffer[],
  profiles: EvalProfile[],
): Promise<LoadedSet> {
  const { employer, adviser } = await accounts(deps);
  const loadedOffers = new Map<string, Offer>();
  for (const entry of offers) {
    const { externalRef, ...offer } = newOfferBodySchema.parse(entry.body);
    const draft = await deps.useCases.createOffer.execute({
      actor: employer,
      offer,
      externalRef: externalRef ?? entry.key,
    });
    loadedOffers.set(entry.key, await deps.useCases.publishOffer.execute({ actor: employer, offerId: draft.id }));
  }
  const loadedProfiles = new Map<string, CandidateProfile>();
  for (const entry of profiles) {
    const { shareWithEmployers, referentAdviserId, externalRef, ...candidate } = newCandidateBodySchema.parse(
      entry.body,
    );
    loadedProfiles.set(
      entry.key,
      await deps.useCases.createCandidate.execute({
        actor: adviser,
        candidate,
        shareWithEmployers,
        referentAdviserId,
        externalRef: externalRef ?? entry.key,
      }),
    );
  }
  return { adviser, offers: loadedOffers, profiles: loadedProfiles };
}

/** Resolves once neither the indexing nor the matching queue holds work (matching cascades, so twice). */
export async function settled(deps: Dependencies): Promise<void> {
  for (let round = 0; round < 2; round += 1) {
    await drained(deps.queues.indexing);
    await drained(deps.queues.matching);
  }
}
