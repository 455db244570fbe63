import { parseQuietHours, smsAllowedFrom } from '../../../shared/domain/notifications/quietHours';

describe('SMS quiet hours (Europe/Paris)', () => {
  it.each([
    ['at 10:00 Paris, now', '2026-11-24T09:00:00Z', '2026-11-24T09:00:00Z'],
    ['at 19:59 Paris, now', '2026-11-24T18:59:00Z', '2026-11-24T18:59:00Z'],
    ['at 20:00 Paris, the next day at 08:00', '2026-11-24T19:00:00Z', '2026-11-25T07:00:00Z'],
    ['at 02:30 Paris, the same day at 08:00', '2026-11-24T01:30:00Z', '2026-11-24T07:00:00Z'],
    ['in summer time, 08:00 Paris is 06:00 UTC', '2026-07-01T21:00:00Z', '2026-07-02T06:00:00Z'],
    ['on the night of the change to winter time', '2026-10-24T22:30:00Z', '2026-10-25T07:00:00Z'],
  ])('%s', (_case, now, expected) => {
    expect(smsAllowedFrom(new Date(now)).toISOString()).toBe(new Date(expected).toISOString());
  });
});

describe('quiet hours as configured (SMS_QUIET_HOURS)', () => {
  it('reads « 21-7 » and « none »', () => {
    const evening = new Date('2026-06-15T19:30:00Z'); // 21:30 in Paris (summer time)
    expect(smsAllowedFrom(evening, parseQuietHours('21-7')).toISOString()).toBe('2026-06-16T05:00:00.000Z');
    expect(smsAllowedFrom(evening, parseQuietHours('22-7'))).toEqual(evening);
    expect(smsAllowedFrom(evening, parseQuietHours('none'))).toEqual(evening);
  });
});
