/**
 * `npm run eval:matching`: loads the graded set (infra/eval) on the real stack through the use
 * cases, lets the workers compute the suggestions, reads each offer's list as an adviser of the
 * people's organisation (GetOfferSuggestions, limit 50) and prints nDCG@10, precision@5, the share
 * of relevant pairs listed at all, the suggested pairs that break a rule (recomputed here from the
 * raw data) and the worst offers with the relevant people they miss. Redis and FerretDB are
 * started here unless REDIS_URL and MONGO_URL are set, as for the benchmarks.
 */
import { parseArgs } from 'node:util';
import { startBenchDependencies } from '../bench/benchDependencies';
import { runBenchmark } from '../bench/benchReport';
import { startWorkers } from '../../workers/startWorkers';
import { brokenRules, type RuleOffer, type RulePerson } from './brokenRules';
import { evalOffers } from './evalOffers';
import { evalProfiles } from './evalProfiles';
import type { EvalGrade, EvalProfile } from './evalSet';
import { loadEvalSet, settled } from './loadEvalSet';
import { listedShare, mean, ndcgAt, precisionAt } from './metrics';
import { setSummary, type OfferResult } from './evalReport';

/** `-- --detail offer-key,offer-key` (or `all`) prints those offers' top 10 with each criterion's points. */
const { values: options } = parseArgs({ options: { detail: { type: 'string', default: '' } } });
const detailed = new Set(options.detail.split(',').filter(Boolean));

async function main(): Promise<void> {
  const started = Date.now();
  const { deps, stop } = await startBenchDependencies();
  try {
    const workers = await startWorkers(deps, ['indexing', 'matching']);
    const loaded = await loadEvalSet(deps, evalOffers, evalProfiles);
    await settled(deps);
    const computedMs = Date.now() - started;

    const keyById = new Map([...loaded.profiles].map(([key, profile]) => [profile.id, key]));
    const people = new Map(evalProfiles.map((entry) => [entry.key, entry]));
    const results: OfferResult[] = [];
    const inconsistencies: string[] = [];
    for (const entry of evalOffers) {
      const offer = loaded.offers.get(entry.key);
      if (!offer) throw new Error(`offer ${entry.key} not loaded`);
      const view = await deps.useCases.getOfferSuggestions.execute({
        actor: loaded.adviser,
        offerId: offer.id,
        minScore: 0,
        limit: 50,
      });
      const grades = new Map<string, EvalGrade>();
      for (const person of evalProfiles) {
        const graded = person.grades.find((item) => item.offer === entry.key);
        if (graded) grades.set(person.key, graded);
      }
      const ruleOffer: RuleOffer = { ...offer, centre: offer.location.location };
      const rulesOf = (key: string) => {
        const profile = loaded.profiles.get(key);
        const person = people.get(key);
        return profile && person ? brokenRules(ruleOffer, rulePerson(person, profile.homeCommune.location)) : [];
      };
      // The set itself: a trap breaks its rule, a relevant pair breaks none.
      for (const [key, graded] of grades) {
        const broken = rulesOf(key);
        if (graded.trap && !broken.includes(graded.trap))
          inconsistencies.push(`${entry.key} × ${key}: trap ${graded.trap} not broken`);
        if (graded.grade >= 1 && broken.length > 0)
          inconsistencies.push(`${entry.key} × ${key}: graded ${graded.grade} but breaks ${broken.join(', ')}`);
      }
      if (detailed.has(entry.key) || detailed.has('all')) {
        for (const item of view.items.slice(0, 10)) {
          const key = keyById.get(item.candidateId) ?? item.candidateId;
          const parts = item.breakdown.map((part) => `${part.criterion} ${part.points}`).join(', ');
          process.stdout.write(`${entry.key} ${key} g${grades.get(key)?.grade ?? '-'} ${item.score}: ${parts}\n`);
        }
      }
      const listed = view.items.map((item) => ({
        key: keyById.get(item.candidateId) ?? item.candidateId,
        score: item.score,
      }));
      const ranked = listed.map((item) => grades.get(item.key)?.grade ?? 0);
      const relevant = [...grades].filter(([, graded]) => graded.grade >= 1).map(([key]) => key);
      const listedKeys = new Set(listed.map((item) => item.key));
      results.push({
        key: entry.key,
        title: entry.body.title,
        ndcg: ndcgAt(
          ranked,
          [...grades.values()].map((graded) => graded.grade),
          10,
        ),
        precision: precisionAt(ranked, 5),
        listedShare: listedShare(listedKeys, relevant),
        relevant: relevant.length,
        listed: listed.length,
        stale: view.computedVersion !== view.currentVersion,
        top: listed.slice(0, 10).map((item) => ({ ...item, grade: grades.get(item.key)?.grade ?? null })),
        missing: relevant
          .filter((key) => !listedKeys.has(key))
          .map((key) => ({ key, ...(grades.get(key) as EvalGrade) })),
        breaking: listed.flatMap((item) => {
          const broken = rulesOf(item.key);
          return broken.length > 0 ? [{ key: item.key, rules: broken }] : [];
        }),
      });
    }
    await workers.stop();
    process.stdout.write(
      setSummary({
        results,
        profiles: evalProfiles,
        inconsistencies,
        computedMs,
        totalMs: Date.now() - started,
        means: {
          ndcg: mean(results.map((result) => result.ndcg)),
          precision: mean(results.map((result) => result.precision)),
          listedShare: mean(results.map((result) => result.listedShare)),
        },
      }),
    );
  } finally {
    await stop();
  }
}

function rulePerson(person: EvalProfile, centre: { lat: number; lng: number }): RulePerson {
  const { body } = person;
  return {
    consent: body.shareWithEmployers === true,
    acceptedContractTypes: body.acceptedContractTypes,
    workingTime: body.availability?.workingTime ?? 'either',
    schedules: body.availability?.schedules ?? ['day'],
    certifications: body.certifications ?? [],
    maxDistanceKm: body.mobility.maxDistanceKm,
    centre,
  };
}

runBenchmark(main);
