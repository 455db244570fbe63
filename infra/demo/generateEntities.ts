import { Types } from 'mongoose';
import { loadRomeCatalog } from '../../shared/adapters/reference/loadRomeCatalog';
import { PackagedGazetteer } from '../../shared/adapters/reference/PackagedGazetteer';
import { resolveCandidateInput } from '../../shared/domain/candidates/resolveCandidateInput';
import type { CandidateProfile } from '../../shared/domain/candidates/candidateProfile';
import type { Offer } from '../../shared/domain/offers/offer';
import { resolveOfferInput } from '../../shared/domain/offers/resolveOfferInput';
import { newCandidateBodySchema } from '../../services/api/schemas/candidateSchemas';
import { newOfferBodySchema } from '../../services/api/schemas/offerSchemas';
import { generateCandidates, generateOffers } from './generateDemoData';

/**
 * Demo rows turned into domain entities (as the API would store them, without the database), for
 * benchmarks and tests that need many realistic profiles and published offers.
 */
export interface EntityOptions {
  seed: number;
  /** Each entity goes to one of these organisations, in turn. */
  organizationIds: string[];
  now: Date;
}

const departments = ['59', '62', '94'];
const sectors = ['transport_logistics', 'construction', 'industry', 'home_services', 'digital'];

function resolutionDeps(now: Date) {
  let catalog: ReturnType<typeof loadRomeCatalog> | undefined;
  return {
    romeCatalog: () => (catalog ??= loadRomeCatalog()),
    gazetteer: new PackagedGazetteer(),
    clock: { now: () => now },
  };
}

export async function generateProfiles(count: number, options: EntityOptions): Promise<CandidateProfile[]> {
  const deps = resolutionDeps(options.now);
  const rows = generateCandidates(count, { seed: options.seed, departments, sectors, refPrefix: 'GEN' });
  const profiles: CandidateProfile[] = [];
  for (const [index, row] of rows.entries()) {
    const {
      shareWithEmployers,
      externalRef,
      referentAdviserId: _referent,
      ...input
    } = newCandidateBodySchema.parse(row);
    const content = await resolveCandidateInput(deps, input);
    const adviserId = new Types.ObjectId().toHexString();
    profiles.push({
      ...content,
      id: new Types.ObjectId().toHexString(),
      organizationId: options.organizationIds[index % options.organizationIds.length] ?? '',
      referentAdviserId: adviserId,
      externalRef: externalRef ?? null,
      consent:
        shareWithEmployers === undefined
          ? null
          : { shareWithEmployers, recordedBy: adviserId, recordedAt: options.now },
      lastProposedAt: null,
      version: 1,
      createdAt: options.now,
      updatedAt: options.now,
    });
  }
  return profiles;
}

export async function generatePublishedOffers(count: number, options: EntityOptions): Promise<Offer[]> {
  const deps = resolutionDeps(options.now);
  const rows = generateOffers(count, { seed: options.seed, departments, sectors, refPrefix: 'GEN' });
  const offers: Offer[] = [];
  for (const [index, row] of rows.entries()) {
    // Import rows carry `publish`: these offers are published here, with the date of `now`.
    const { publish: _publish, ...body } = row;
    const { externalRef, ...input } = newOfferBodySchema.parse(body);
    const content = await resolveOfferInput(deps, input);
    offers.push({
      ...content,
      id: new Types.ObjectId().toHexString(),
      organizationId: options.organizationIds[index % options.organizationIds.length] ?? '',
      externalRef: externalRef ?? null,
      status: 'published',
      publishedAt: options.now,
      closedAt: null,
      version: 1,
      createdBy: new Types.ObjectId().toHexString(),
      createdAt: options.now,
      updatedAt: options.now,
    });
  }
  return offers;
}
