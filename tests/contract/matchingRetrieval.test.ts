import { isMatchable, type CandidateProfile } from '../../shared/domain/candidates/candidateProfile';
import { toMatchCandidate, toMatchOffer } from '../../shared/domain/matching/matchInputs';
import { matchingDirections } from '../../shared/domain/matching/matchingDirections';
import { rankCounterparts, type MatchingSettings } from '../../shared/domain/matching/rankCounterparts';
import { scoreMatch } from '../../shared/domain/matching/scoreMatch';
import type { Offer } from '../../shared/domain/offers/offer';
import type { SearchEngine } from '../../shared/ports/SearchEngine';
import { candidatesIndex, toCandidateSearchDocument } from '../../shared/ports/searchIndexes/candidatesIndex';
import { offersIndex, toOfferSearchDocument } from '../../shared/ports/searchIndexes/offersIndex';
import { generateProfiles, generatePublishedOffers } from '../../infra/demo/generateEntities';
import { referenceJobs } from '../support/referenceJobs';
import { searchEngineAdapters } from './searchEngineAdapters';

const { candidateToOffers, offerToCandidates } = matchingDirections(referenceJobs);

/**
 * Matching's retrieval on each adapter, on one fixed generated data set: the people (and offers)
 * that pass the hard constraints are exactly those a scan of every profile finds, and both
 * adapters keep the same suggestions.
 */
const now = new Date('2026-11-24T09:00:00Z');
const settings: MatchingSettings = { suggestionsKept: 10, retrievalPoolSize: 2_000 };
const organizationIds = ['0000000000000000000000a1', '0000000000000000000000a2', '0000000000000000000000a3'];
const keptByAdapter = new Map<string, string[]>();

let profiles: CandidateProfile[];
let offers: Offer[];

beforeAll(async () => {
  profiles = await generateProfiles(600, { seed: 11, organizationIds, now });
  offers = await generatePublishedOffers(40, { seed: 12, organizationIds, now });
});

function scanEligibleCandidates(offer: Offer): string[] {
  return profiles
    .filter((profile) => isMatchable(profile))
    .filter(
      (profile) =>
        scoreMatch(toMatchOffer(offer), toMatchCandidate(profile), {
          now,
          jobs: referenceJobs,
          lastProposedAt: null,
          profileCreatedAt: profile.createdAt,
        }).eligible,
    )
    .map((profile) => profile.id)
    .sort();
}

function scanEligibleOffers(profile: CandidateProfile): string[] {
  return offers
    .filter(
      (offer) =>
        scoreMatch(toMatchOffer(offer), toMatchCandidate(profile), {
          now,
          jobs: referenceJobs,
          lastProposedAt: null,
          profileCreatedAt: profile.createdAt,
        }).eligible,
    )
    .map((offer) => offer.id)
    .sort();
}

describe.each(searchEngineAdapters)('matching retrieval: $name', (adapter) => {
  if (adapter.skipReason) {
    it.skip(`skipped: ${adapter.skipReason}`, () => undefined);
    return;
  }
  let engine: SearchEngine;

  beforeAll(async () => {
    engine = adapter.create();
    await engine.ensureIndex(candidatesIndex);
    await engine.ensureIndex(offersIndex);
    await engine.upsert(candidatesIndex.name, profiles.map(toCandidateSearchDocument));
    await engine.upsert(offersIndex.name, offers.map(toOfferSearchDocument));
  });
  afterAll(async () => {
    await engine.delete(
      candidatesIndex.name,
      profiles.map((profile) => profile.id),
    );
    await engine.delete(
      offersIndex.name,
      offers.map((offer) => offer.id),
    );
    await engine.close();
  });

  it('finds for each offer exactly the people a scan of every profile finds eligible', async () => {
    let suggested = 0;
    const kept: string[] = [];
    for (const offer of offers) {
      const subject = { input: toMatchOffer(offer), organizationId: offer.organizationId, version: offer.version };
      const ranking = await rankCounterparts(engine, offerToCandidates, subject, settings, now);

      expect(ranking.eligible.map((item) => item.counterpart.id).sort()).toEqual(scanEligibleCandidates(offer));
      suggested += ranking.best.length;
      kept.push(`${offer.id}: ${ranking.best.map((item) => `${item.counterpart.id}=${item.score}`).join(' ')}`);
    }
    // The data set exercises matching: most offers have someone to suggest.
    expect(suggested).toBeGreaterThan(offers.length);
    keptByAdapter.set(`${adapter.name}/offers`, kept);
  });

  it('counts each organisation apart, and tells when the pool was cut', async () => {
    const offer = offers.reduce((best, candidate) =>
      scanEligibleCandidates(candidate).length > scanEligibleCandidates(best).length ? candidate : best,
    );
    const subject = { input: toMatchOffer(offer), organizationId: offer.organizationId, version: offer.version };
    const whole = await rankCounterparts(engine, offerToCandidates, subject, settings, now);
    const figures = Object.values(whole.byOrganization);
    expect(figures.reduce((sum, { eligible }) => sum + eligible, 0)).toBe(whole.eligible.length);
    expect(figures.reduce((sum, { retrieved }) => sum + retrieved, 0)).toBe(whole.retrieved);
    expect(whole.matching).toBe(whole.retrieved);

    const cut = await rankCounterparts(engine, offerToCandidates, subject, { ...settings, retrievalPoolSize: 3 }, now);
    expect(cut.retrieved).toBe(3);
    expect(cut.matching).toBeGreaterThan(cut.retrieved);
  });

  it('finds for each person exactly the offers a scan of every offer finds eligible', async () => {
    const kept: string[] = [];
    for (const profile of profiles.filter((candidate) => isMatchable(candidate)).slice(0, 150)) {
      const subject = {
        input: toMatchCandidate(profile),
        organizationId: profile.organizationId,
        version: profile.version,
      };
      const ranking = await rankCounterparts(engine, candidateToOffers, subject, settings, now);

      expect(ranking.eligible.map((item) => item.counterpart.id).sort()).toEqual(scanEligibleOffers(profile));
      kept.push(`${profile.id}: ${ranking.best.map((item) => item.counterpart.id).join(' ')}`);
    }
    keptByAdapter.set(`${adapter.name}/candidates`, kept);
  });
});

describe('matching retrieval across adapters', () => {
  const [first, ...others] = searchEngineAdapters;
  for (const other of others) {
    const both = first && !first.skipReason && !other.skipReason;
    (both ? it : it.skip)(
      both
        ? `keeps the same suggestions on ${other.name} as on ${first.name}`
        : `skipped: needs ${other.name} (${other.skipReason ?? ''})`,
      () => {
        for (const direction of ['offers', 'candidates']) {
          expect(keptByAdapter.get(`${other.name}/${direction}`)).toEqual(
            keptByAdapter.get(`${first?.name}/${direction}`),
          );
        }
      },
    );
  }
});
