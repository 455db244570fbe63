import { holdsSameValues } from '../../../shared/domain/common/sameValues';

const stored = {
  title: 'Cariste',
  startDate: new Date('2026-09-01T00:00:00Z'),
  skills: ['Conduite de chariot', 'Inventaire'],
  location: { inseeCode: '59350', location: { lat: 50.63, lng: 3.05 } },
  durationMonths: null as number | null,
  version: 4,
};

describe('holdsSameValues', () => {
  it('is true when every value given is stored: dates by time, arrays and nested objects by content', () => {
    expect(
      holdsSameValues(stored, {
        startDate: new Date('2026-09-01T00:00:00.000Z'),
        skills: ['Conduite de chariot', 'Inventaire'],
        location: { inseeCode: '59350', location: { lat: 50.63, lng: 3.05 } },
        durationMonths: null,
      }),
    ).toBe(true);
  });

  it('ignores what is not given (the version, for instance)', () => {
    expect(holdsSameValues(stored, { title: 'Cariste' })).toBe(true);
  });

  it.each([
    ['another date', { startDate: new Date('2026-09-02T00:00:00Z') }],
    ['the same skills in another order', { skills: ['Inventaire', 'Conduite de chariot'] }],
    ['one skill fewer', { skills: ['Inventaire'] }],
    ['a nested value', { location: { inseeCode: '59350', location: { lat: 50.63, lng: 3.06 } } }],
    ['a value where null was stored', { durationMonths: 6 }],
    ['a number given as text', { version: '4' as unknown as number }],
  ])('is false for %s', (_case, next) => {
    expect(holdsSameValues(stored, next)).toBe(false);
  });
});
