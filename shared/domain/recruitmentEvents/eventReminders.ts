import { DateTime } from 'luxon';

export interface EventReminder {
  /** j2: two days before, by SMS (else e-mail); j1: the day before a morning event, by SMS only. */
  kind: 'j2' | 'j1';
  at: Date;
}

const zone = 'Europe/Paris';

/**
 * When the registered hear of the event again: at 10:00 two days before (Paris time), and at
 * 18:00 the day before when it begins before noon. A time already past is dropped (registered
 * the day before: no "in two days").
 */
export function eventReminders(startsAt: Date, now: Date): EventReminder[] {
  const start = DateTime.fromJSDate(startsAt, { zone });
  const day = start.startOf('day');
  const reminders: EventReminder[] = [
    { kind: 'j2', at: day.minus({ days: 2 }).set({ hour: 10 }).toJSDate() },
    ...(start.hour < 12 ? [{ kind: 'j1' as const, at: day.minus({ days: 1 }).set({ hour: 18 }).toJSDate() }] : []),
  ];
  return reminders.filter((reminder) => reminder.at.getTime() > now.getTime());
}
