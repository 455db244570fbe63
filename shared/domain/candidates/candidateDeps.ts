import type { EventInvitationRepository } from '../../ports/EventInvitationRepository';
import type { OutcomeRepository } from '../../ports/OutcomeRepository';
import type { BarrierRepository } from '../../ports/BarrierRepository';
import type { CandidateRepository } from '../../ports/CandidateRepository';
import type { Clock } from '../../ports/Clock';
import type { ErasureStatistics } from '../../ports/ErasureStatistics';
import type { Gazetteer } from '../../ports/Gazetteer';
import type { IndexingQueue } from '../../ports/IndexingQueue';
import type { IndexRemovalRepository } from '../../ports/IndexRemovalRepository';
import type { MatchRepository } from '../../ports/MatchRepository';
import type { DomainEvents } from '../../ports/DomainEvents';
import type { DeliveryRepository } from '../../ports/NotificationStores';
import type { UserRepository } from '../../ports/UserRepository';
import type { RomeCatalog } from '../reference/rome';

/** What the candidate use cases need; each takes the part it uses. */
export interface CandidateDeps {
  candidates: CandidateRepository;
  barriers: BarrierRepository;
  /** The person's pipeline: part of what is exported and erased. */
  matches: MatchRepository;
  /** The messages sent to the person: erased with them. */
  deliveries: Pick<DeliveryRepository, 'deleteForCandidate'>;
  /** What became of the person (reporting's counters, aggregate, stay). */
  outcomes: Pick<OutcomeRepository, 'deleteForCandidate'>;
  /** The person's invitations to recruitment events, and the places they held. */
  eventInvitations: Pick<EventInvitationRepository, 'deleteForCandidate'>;
  users: UserRepository;
  indexing: IndexingQueue;
  /** Reporting counts people followed from the status changes published here. */
  events: Pick<DomainEvents, 'publish'>;
  indexRemovals: IndexRemovalRepository;
  erasureStatistics: ErasureStatistics;
  clock: Clock;
  romeCatalog: () => RomeCatalog;
  gazetteer: Gazetteer;
}
