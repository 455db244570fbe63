import type { CandidateRepository } from '../../ports/CandidateRepository';
import type { Clock } from '../../ports/Clock';
import type { DomainEvents } from '../../ports/DomainEvents';
import type { IndexingQueue } from '../../ports/IndexingQueue';
import type { MatchRepository } from '../../ports/MatchRepository';
import type { OfferRepository } from '../../ports/OfferRepository';
import type { OutcomeRepository } from '../../ports/OutcomeRepository';
import type { JobProximity } from '../matching/jobProximity';

export interface PipelineDeps {
  matches: MatchRepository;
  offers: OfferRepository;
  candidates: CandidateRepository;
  events: DomainEvents;
  /** An offer filled by hiring leaves the index (and matching) like any other write. */
  indexing: IndexingQueue;
  clock: Clock;
  /** How close jobs are: a match's score is computed afresh when it starts. */
  jobs: JobProximity;
  /** A hire records the person's outcome (employment) for reporting. */
  outcomes: OutcomeRepository;
}
