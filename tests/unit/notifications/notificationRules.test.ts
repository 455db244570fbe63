import type { DomainEvent } from '../../../shared/ports/DomainEvents';
import { notificationIntents } from '../../../shared/domain/notifications/notificationRules';
import {
  checkPreferenceChanges,
  effectivePreferences,
  wants,
} from '../../../shared/domain/notifications/notificationPreferences';

const step = (action: string, extra: Record<string, string | boolean> = {}): DomainEvent => ({
  id: `match:m:h0`,
  type: 'match.transitioned',
  at: new Date('2026-11-24'),
  data: { matchId: 'm', offerId: 'o', candidateId: 'c', action, from: 'proposed', shareReason: false, ...extra },
});

describe('notification rules', () => {
  it.each<[string, DomainEvent, string[]]>([
    [
      'a proposal: the employer, by e-mail, in the app and webhook',
      step('propose'),
      ['employer_members:proposals:in_app,email,webhook'],
    ],
    [
      'an interview request: the adviser and the person',
      step('request_interview'),
      ['referent_adviser:interviews:in_app,email', 'candidate:interviews:sms'],
    ],
    ['a decline without shared reason: the adviser only', step('decline'), ['referent_adviser:outcomes:in_app,email']],
    [
      'a decline with shared reason: the person too',
      step('decline', { shareReason: true }),
      ['referent_adviser:outcomes:in_app,email', 'candidate:outcomes:sms'],
    ],
    ['a hire: the adviser (the person when shared)', step('hire'), ['referent_adviser:outcomes:in_app,email']],
    [
      'a cancelled interview: adviser and person',
      step('cancel', { from: 'interview_scheduled' }),
      ['referent_adviser:interviews:in_app,email', 'candidate:interviews:sms'],
    ],
    ['a shortlist: nobody (the adviser’s own step)', step('shortlist'), []],
    [
      'a reminder: the employer',
      { ...step('x'), type: 'match.reminder_due' },
      ['employer_members:reminders:in_app,email,webhook'],
    ],
    [
      'an offer ending: the employer',
      { ...step('x'), type: 'offer.expiry_reminder' },
      ['employer_members:reminders:in_app,email,webhook'],
    ],
    [
      'people newly suggested for an offer: their advisers',
      { ...step('x'), type: 'offer.new_suggestions' },
      ['suggested_people_advisers:suggestions:in_app,email'],
    ],
    [
      'a sign-in from a new device: the account holder',
      { ...step('x'), type: 'account.new_login' },
      ['account_holder:security:in_app,email'],
    ],
    [
      'a password changed: the account holder',
      { ...step('x'), type: 'account.password_changed' },
      ['account_holder:security:in_app,email'],
    ],
  ])('%s', (_case, event, expected) => {
    expect(
      notificationIntents(event).map((intent) => `${intent.audience}:${intent.category}:${intent.channels.join(',')}`),
    ).toEqual(expected);
  });
});

describe('notification preferences', () => {
  it('default to everything in the app, e-mail for what needs an answer, suggestions as a daily digest', () => {
    const defaults = effectivePreferences([]);

    expect(defaults).toContainEqual({ category: 'suggestions', channel: 'email', enabled: true, frequency: 'daily' });
    expect(defaults).toContainEqual({
      category: 'proposals',
      channel: 'in_app',
      enabled: true,
      frequency: 'immediate',
    });
    expect(defaults).toContainEqual({ category: 'outcomes', channel: 'email', enabled: false, frequency: 'immediate' });
  });

  it('keep security and interview convocations on, whatever is saved or asked', () => {
    const saved = [{ category: 'security', channel: 'email', enabled: false, frequency: 'immediate' } as const];

    expect(wants(effectivePreferences(saved), 'security', 'email')).toBe(true);
    expect(() =>
      checkPreferenceChanges([{ category: 'interviews', channel: 'in_app', enabled: false, frequency: 'immediate' }]),
    ).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ field: 'preferences.0.enabled' })] }));
    expect(() =>
      checkPreferenceChanges([{ category: 'proposals', channel: 'sms', enabled: true, frequency: 'immediate' }]),
    ).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ field: 'preferences.0.channel' })] }));
  });

  it('turn a category off on one channel only', () => {
    const saved = effectivePreferences([
      { category: 'proposals', channel: 'in_app', enabled: false, frequency: 'immediate' },
    ]);

    expect(wants(saved, 'proposals', 'in_app')).toBe(false);
    expect(wants(saved, 'proposals', 'email')).toBe(true);
  });
});
