import { eventReminders } from '../../../shared/domain/recruitmentEvents/eventReminders';

const weekBefore = new Date('2026-12-08T09:00:00Z');

describe('eventReminders', () => {
  it('reminds two days before at 10:00 and, for a morning event, the evening before at 18:00 (Paris time)', () => {
    expect(eventReminders(new Date('2026-12-15T08:00:00Z'), weekBefore)).toEqual([
      { kind: 'j2', at: new Date('2026-12-13T09:00:00Z') },
      { kind: 'j1', at: new Date('2026-12-14T17:00:00Z') },
    ]);
  });

  it('sends no evening-before reminder for an afternoon event', () => {
    expect(eventReminders(new Date('2026-12-15T13:30:00Z'), weekBefore).map((item) => item.kind)).toEqual(['j2']);
  });

  it('follows Paris summer time', () => {
    expect(eventReminders(new Date('2027-06-15T07:00:00Z'), new Date('2027-06-01T00:00:00Z'))).toEqual([
      { kind: 'j2', at: new Date('2027-06-13T08:00:00Z') },
      { kind: 'j1', at: new Date('2027-06-14T16:00:00Z') },
    ]);
  });

  it('drops a reminder whose time has passed (registered the day before)', () => {
    expect(eventReminders(new Date('2026-12-15T08:00:00Z'), new Date('2026-12-14T12:00:00Z'))).toEqual([
      { kind: 'j1', at: new Date('2026-12-14T17:00:00Z') },
    ]);
    expect(eventReminders(new Date('2026-12-15T08:00:00Z'), new Date('2026-12-14T19:00:00Z'))).toEqual([]);
  });
});
