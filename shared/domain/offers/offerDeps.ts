import type { DomainEvents } from '../../ports/DomainEvents';
import type { Clock } from '../../ports/Clock';
import type { Gazetteer } from '../../ports/Gazetteer';
import type { IndexingQueue } from '../../ports/IndexingQueue';
import type { OfferRepository } from '../../ports/OfferRepository';
import type { RomeCatalog } from '../reference/rome';

/** What the offer use cases need; each takes the part it uses. */
export interface OfferDeps {
  offers: OfferRepository;
  indexing: IndexingQueue;
  clock: Clock;
  /** Reporting hears of publications and ends (offerLifecycleEvents.ts). */
  events: DomainEvents;
  romeCatalog: () => RomeCatalog;
  gazetteer: Gazetteer;
}
