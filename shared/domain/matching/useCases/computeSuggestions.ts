import type { CandidateRepository } from '../../../ports/CandidateRepository';
import type { Clock } from '../../../ports/Clock';
import type { DomainEvents } from '../../../ports/DomainEvents';
import type { IndexedEntity } from '../../../ports/IndexingQueue';
import type { MatchingQueue } from '../../../ports/MatchingQueue';
import type { OfferRepository } from '../../../ports/OfferRepository';
import type { PipelinePairs } from '../../../ports/PipelinePairs';
import type { SearchEngine } from '../../../ports/SearchEngine';
import type { SuggestionRepository } from '../../../ports/SuggestionRepository';
import { isMatchable } from '../../candidates/candidateProfile';
import { isSearchable } from '../../offers/offer';
import { keepPipelineSuggestions } from '../keepPipelineSuggestions';
import { toMatchCandidate, toMatchOffer, type MatchCandidate, type MatchOffer } from '../matchInputs';
import {
  matchingDirections,
  type MatchingDirection,
  type MatchingDirections,
  type MatchSubject,
} from '../matchingDirections';
import type { JobProximity } from '../jobProximity';
import { checkHardConstraints } from '../hardConstraints';
import { rankCounterparts, type MatchingSettings, type RankedCounterpart } from '../rankCounterparts';
import { firstSuggestionEvents } from '../firstSuggestionEvents';
import { newSuggestionEvents } from '../newSuggestionEvents';
import { pairKey, type Suggestion, type SuggestionList } from '../suggestion';

export interface MatchingDeps {
  offers: OfferRepository;
  candidates: CandidateRepository;
  searchEngine: SearchEngine;
  suggestions: SuggestionRepository;
  pipelinePairs: PipelinePairs;
  matching: MatchingQueue;
  /** Tells advisers of the people newly suggested for an offer. */
  events: DomainEvents;
  clock: Clock;
  settings: MatchingSettings;
  /** How close jobs are (reference data). */
  jobs: JobProximity;
}

interface Loaded<S> {
  /** null: the entity is gone (erased, deleted). */
  exists: boolean;
  /** null: it exists but takes no suggestions (an offer not published, a person not active or not consenting). */
  subject: MatchSubject<S> | null;
  whyClosed: string;
}

export interface ComputeSuggestionsResult {
  kept: number;
  retrieved: number;
  eligible: number;
  /** Counterparts whose own lists were asked to be recomputed. */
  cascaded: number;
}

/**
 * Computes the suggestions of one offer or one profile: retrieval of the other side through the
 * search engine with the hard constraints as filters, scoring in the domain (scoreMatch), the
 * engine's text relevance for those that can still reach the top, then storage of the best ones.
 * Reads the current state, whatever the job's version: running it twice gives the same list.
 * When the entity changed since its last computation, the lists of the counterparts concerned
 * (before and now) are recomputed too.
 */
export class ComputeSuggestions {
  private readonly directions: MatchingDirections;

  constructor(private readonly deps: MatchingDeps) {
    this.directions = matchingDirections(deps.jobs);
  }

  async execute(input: { entity: IndexedEntity; id: string }): Promise<ComputeSuggestionsResult> {
    return input.entity === 'offer'
      ? this.compute(this.directions.offerToCandidates, await this.loadOffer(input.id), input)
      : this.compute(this.directions.candidateToOffers, await this.loadCandidate(input.id), input);
  }

  private async compute<S extends { id: string }, C>(
    direction: MatchingDirection<S, C>,
    loaded: Loaded<S>,
    input: { entity: IndexedEntity; id: string },
  ): Promise<ComputeSuggestionsResult> {
    const started = performance.now();
    const { suggestions, clock } = this.deps;
    const subjectKey = { entity: input.entity, id: input.id };
    const previousList = await suggestions.findList(subjectKey);
    const previous = previousList?.suggestions ?? [];
    // The entity changed since its last computation (or is new, or gone): the other side follows.
    // A recomputation caused by the other side finds the same version, which stops the ripple.
    const changed = previousList?.subject.version !== (loaded.subject?.version ?? 0) || !loaded.exists;
    const now = clock.now();

    const subject = loaded.subject;
    const ranked = subject
      ? await rankCounterparts(this.deps.searchEngine, direction, subject, this.deps.settings, now)
      : null;
    const fresh = subject ? (ranked?.best ?? []).map((item) => this.toSuggestion(direction, subject, item, now)) : [];
    const inPipeline = await this.deps.pipelinePairs.pairsOf(subjectKey);
    const reasons = await this.staleReasons(direction, loaded, previous, fresh, inPipeline);
    const merged = keepPipelineSuggestions({
      previous,
      fresh,
      inPipeline,
      reasonFor: (suggestion) => reasons.get(pairKey(suggestion)) ?? 'plus retrouvé par le calcul',
      now,
    });

    // Advisers hear of the people an offer finds when the offer is new or changed; not when a
    // person's own change ripples here (their adviser made it, or imported it, and sees that
    // person's suggestions): a bulk import would otherwise send one message per person and offer.
    // Published before the list is saved: after a crash in between, the run again finds the same
    // newcomers and publishes the same events (a no-op), where saving first would lose them.
    if (direction.subject === 'offer' && subject && changed) {
      await this.deps.events.publish(newSuggestionEvents(input.id, previous, fresh, now));
    }
    // Reporting counts the people who have had a suggestion, whichever side found them.
    await this.deps.events.publish(firstSuggestionEvents(previous, fresh, now));
    if (!loaded.exists && merged.length === 0) await suggestions.removeList(subjectKey);
    else {
      const list: SuggestionList = {
        subject: { ...subjectKey, version: loaded.subject?.version ?? 0 },
        suggestions: merged,
        computedAt: now,
        durationMs: Math.round(performance.now() - started),
        retrieved: ranked?.retrieved ?? 0,
        eligible: ranked?.eligible.length ?? 0,
        poolCut: ranked ? ranked.matching > ranked.retrieved : false,
        byOrganization: ranked?.byOrganization ?? {},
      };
      await suggestions.saveList(list);
    }

    const concerned = new Set<string>();
    if (changed) {
      const counterpartId = (pair: { offerId: string; candidateId: string }) =>
        direction.counterpart === 'offer' ? pair.offerId : pair.candidateId;
      for (const suggestion of previous) concerned.add(counterpartId(suggestion));
      for (const item of ranked?.eligible ?? []) concerned.add(item.counterpart.id);
      await this.cascade(direction, input.id, loaded.subject?.version ?? 0, concerned, ranked?.eligible ?? []);
    }
    return {
      kept: merged.length,
      retrieved: ranked?.retrieved ?? 0,
      eligible: ranked?.eligible.length ?? 0,
      cascaded: concerned.size,
    };
  }

  private toSuggestion<S, C>(
    direction: MatchingDirection<S, C>,
    subject: MatchSubject<S> & { input: { id: string } },
    item: RankedCounterpart<C>,
    now: Date,
  ): Suggestion {
    const pair = direction.pair(subject.input.id, item.counterpart.id);
    const offerSide = direction.subject === 'offer' ? subject : item.counterpart;
    const candidateSide = direction.subject === 'offer' ? item.counterpart : subject;
    return {
      ...pair,
      offerOrganizationId: offerSide.organizationId,
      candidateOrganizationId: candidateSide.organizationId,
      score: item.outcome.score,
      breakdown: item.outcome.breakdown,
      explanation: item.outcome.explanation,
      offerVersion: offerSide.version,
      profileVersion: candidateSide.version,
      computedAt: now,
      stale: null,
    };
  }

  /** Why each pipeline suggestion that the fresh computation no longer finds went away. */
  private async staleReasons<S, C>(
    direction: MatchingDirection<S, C>,
    loaded: Loaded<S>,
    previous: Suggestion[],
    fresh: Suggestion[],
    inPipeline: Set<string>,
  ): Promise<Map<string, string>> {
    const found = new Set(fresh.map(pairKey));
    const reasons = new Map<string, string>();
    for (const suggestion of previous) {
      const key = pairKey(suggestion);
      if (!inPipeline.has(key) || found.has(key) || suggestion.stale) continue;
      if (!loaded.subject) {
        reasons.set(key, loaded.whyClosed);
        continue;
      }
      const offer = direction.subject === 'offer' ? loaded : await this.loadOffer(suggestion.offerId);
      const candidate = direction.subject === 'candidate' ? loaded : await this.loadCandidate(suggestion.candidateId);
      if (!offer.subject) reasons.set(key, offer.whyClosed);
      else if (!candidate.subject) reasons.set(key, candidate.whyClosed);
      else {
        const failures = checkHardConstraints(
          offer.subject.input as MatchOffer,
          candidate.subject.input as MatchCandidate,
          this.deps.jobs,
        );
        reasons.set(
          key,
          failures.length > 0
            ? failures.map((failure) => failure.reason).join(' ; ')
            : `n’est plus parmi les ${this.deps.settings.suggestionsKept} meilleures suggestions`,
        );
      }
    }
    return reasons;
  }

  private async cascade<S, C>(
    direction: MatchingDirection<S, C>,
    subjectId: string,
    subjectVersion: number,
    counterpartIds: Set<string>,
    eligible: RankedCounterpart<C>[],
  ): Promise<void> {
    const versions = new Map(eligible.map((item) => [item.counterpart.id, item.counterpart.version]));
    for (const id of counterpartIds) {
      await this.deps.matching.enqueue({
        entity: direction.counterpart,
        id,
        version: versions.get(id) ?? 0,
        reason: 'counterpart',
        cause: `${direction.subject}-${subjectId}-v${subjectVersion}`,
      });
    }
  }

  private async loadOffer(id: string): Promise<Loaded<MatchOffer>> {
    const offer = await this.deps.offers.findById(id);
    if (!offer) return { exists: false, subject: null, whyClosed: 'offre supprimée' };
    if (!isSearchable(offer)) return { exists: true, subject: null, whyClosed: 'offre qui n’est plus publiée' };
    return {
      exists: true,
      subject: { input: toMatchOffer(offer), organizationId: offer.organizationId, version: offer.version },
      whyClosed: '',
    };
  }

  private async loadCandidate(id: string): Promise<Loaded<MatchCandidate>> {
    const profile = await this.deps.candidates.findById(id);
    if (!profile) return { exists: false, subject: null, whyClosed: 'profil effacé' };
    if (!isMatchable(profile)) {
      return {
        exists: true,
        subject: null,
        whyClosed:
          profile.status === 'active' ? 'consentement au partage retiré' : `profil au statut « ${profile.status} »`,
      };
    }
    return {
      exists: true,
      subject: { input: toMatchCandidate(profile), organizationId: profile.organizationId, version: profile.version },
      whyClosed: '',
    };
  }
}
