import type { DomainEvent } from '../../../ports/DomainEvents';
import type { Match } from '../match';
import { applyTransition } from '../applyTransition';
import type { PipelineDeps } from '../pipelineDeps';
import { transitionEvent } from '../pipelineEvents';

const dayMs = 24 * 3600 * 1000;
/** The schedule of this job (workers/schedulerWorker.ts): steps of the last two periods are republished. */
const republishPeriodMs = 3600 * 1000;
/** How far back a run looks for proposals that crossed a reminder's threshold: a day and two periods. */
const reminderWindowMs = dayMs + 2 * republishPeriodMs;

/** Days after a proposal without answer: reminders to the employer, then expiry. */
export const proposalReminderDays = [3, 7] as const;
export const proposalExpiryDays = 14;
/** Days before an offer ends: reminders to the employer. */
export const offerEndReminderDays = [7, 1] as const;

/**
 * The pipeline's time rules, run by the scheduler (hourly). Every effect is idempotent: a
 * reminder's event id names the match (or offer and end date) and the reminder, so a second run,
 * or two workers at once, publish it once; an expiry is a transition, which applies once.
 */
export class RunPipelineTimeRules {
  constructor(private readonly deps: PipelineDeps) {}

  async execute(): Promise<{ reminders: number; expired: number; offerReminders: number; republished: number }> {
    const now = this.deps.clock.now();
    const republished = await this.republishRecentSteps(now);
    let reminders = 0;
    let expired = 0;
    const waiting = await this.waitingDue(now);
    for (const match of waiting) {
      const days = Math.floor((now.getTime() - (match.proposedAt ?? now).getTime()) / dayMs);
      if (days >= proposalExpiryDays) {
        const outcome = applyTransition(
          match,
          { action: 'expire', reason: 'no_answer' },
          { kind: 'system', userId: null, organizationId: null },
          now,
        );
        if (outcome.kind === 'applied' && (await this.deps.matches.save(outcome.match, match.version))) {
          await this.deps.events.publish([transitionEvent(outcome.match, outcome.transition)]);
          expired += 1;
        }
        continue;
      }
      const due = proposalReminderDays.filter((threshold) => days >= threshold);
      const events: DomainEvent[] = due.map((threshold) => ({
        id: `match:${match.id}:proposal-reminder-${threshold}d`,
        type: 'match.reminder_due',
        at: now,
        data: {
          matchId: match.id,
          offerId: match.offerId,
          offerOrganizationId: match.offerOrganizationId,
          daysWaiting: threshold,
          expiresInDays: proposalExpiryDays - threshold,
        },
      }));
      await this.deps.events.publish(events);
      reminders += events.length;
    }

    let offerReminders = 0;
    const ending = await this.deps.offers.listPublishedEndingBefore(
      new Date(now.getTime() + offerEndReminderDays[0] * dayMs),
    );
    for (const offer of ending) {
      if (!offer.expiresAt) continue;
      const daysLeft = (offer.expiresAt.getTime() - now.getTime()) / dayMs;
      const events: DomainEvent[] = offerEndReminderDays
        .filter((threshold) => daysLeft <= threshold && daysLeft > 0)
        .map((threshold) => ({
          id: `offer:${offer.id}:ends-${offer.expiresAt?.toISOString()}:reminder-${threshold}d`,
          type: 'offer.expiry_reminder',
          at: now,
          data: { offerId: offer.id, offerOrganizationId: offer.organizationId, daysLeft: threshold },
        }));
      await this.deps.events.publish(events);
      offerReminders += events.length;
    }
    return { reminders, expired, offerReminders, republished };
  }

  /**
   * The proposals this run has work for: those past their expiry, and those that crossed a
   * reminder's threshold within the last `reminderWindowMs` (a run looks back over a day, so a
   * scheduler stopped for up to a day misses no reminder; its events' ids make a second sending a
   * no-op). Each run reads these, not every proposal waiting.
   */
  private async waitingDue(now: Date): Promise<Match[]> {
    const ago = (days: number) => new Date(now.getTime() - days * dayMs);
    const periods = await Promise.all([
      this.deps.matches.listProposedBetween(null, ago(proposalExpiryDays)),
      ...proposalReminderDays.map((days) =>
        this.deps.matches.listProposedBetween(new Date(ago(days).getTime() - reminderWindowMs), ago(days)),
      ),
    ]);
    return [...new Map(periods.flat().map((match) => [match.id, match])).values()];
  }

  /**
   * A step is saved, then its event published: a crash between the two would lose the event.
   * Each run publishes again the events of the steps of the last two periods; their ids make the
   * ones already there a no-op.
   */
  private async republishRecentSteps(now: Date): Promise<number> {
    const since = new Date(now.getTime() - 2 * republishPeriodMs);
    const recent = await this.deps.matches.listUpdatedSince(since, now);
    const events = recent.flatMap((match) =>
      match.history.filter((line) => line.at.getTime() >= since.getTime()).map((line) => transitionEvent(match, line)),
    );
    await this.deps.events.publish(events);
    return events.length;
  }
}
