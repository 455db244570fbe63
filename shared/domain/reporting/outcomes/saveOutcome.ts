import type { Clock } from '../../../ports/Clock';
import type { DomainEvents } from '../../../ports/DomainEvents';
import type { OutcomeRepository } from '../../../ports/OutcomeRepository';
import type { NewOutcome, Outcome } from './outcome';
import { outcomeRecordedEvent } from './outcomeEvent';

export interface OutcomeDeps {
  outcomes: OutcomeRepository;
  events: DomainEvents;
  clock: Clock;
}

/**
 * Stores an outcome and tells reporting. Idempotent by id; the event is published again even when
 * the outcome was there (a crash between the two would otherwise lose it), and its id makes that
 * harmless.
 */
export async function saveOutcome(deps: OutcomeDeps, id: string, outcome: NewOutcome): Promise<Outcome> {
  const { outcome: saved } = await deps.outcomes.create(id, outcome, deps.clock.now());
  await deps.events.publish([outcomeRecordedEvent(saved)]);
  return saved;
}
