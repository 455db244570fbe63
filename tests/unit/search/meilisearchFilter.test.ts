import { toMeiliFilter } from '../../../shared/adapters/search/meilisearch/meilisearchFilter';
import { contractIndex } from '../../contract/searchEngineFixture';

const definition = contractIndex('offers');

describe('toMeiliFilter', () => {
  it.each([
    [{ field: 'sector', equals: 'transport' }, 'sector = "transport"'],
    [{ field: 'remote', equals: true }, 'remote = true'],
    [{ field: 'sector', anyOf: ['transport', 'digital'] }, 'sector IN ["transport", "digital"]'],
    [{ field: 'licences', allOf: ['B', 'C'] }, '(licences = "B" AND licences = "C")'],
    [{ field: 'weeklyHours', atLeast: 20, atMost: 35 }, 'weeklyHours >= 20 AND weeklyHours <= 35'],
    [{ field: 'weeklyHours', atMost: 35 }, 'weeklyHours <= 35'],
    [{ field: 'location', within: { lat: 50.63, lng: 3.06, radiusMeters: 25_000 } }, '_geoRadius(50.63, 3.06, 25000)'],
  ] as const)('%j → %s', (condition, expected) => {
    expect(toMeiliFilter(definition, condition)).toBe(expected);
  });

  it('escapes quotes and backslashes inside values', () => {
    expect(toMeiliFilter(definition, { field: 'sector', equals: 'a"b\\c' })).toBe('sector = "a\\"b\\\\c"');
  });

  it('drops conditions that match everything', () => {
    expect(toMeiliFilter(definition, { field: 'licences', allOf: [] })).toBeNull();
    expect(toMeiliFilter(definition, { field: 'weeklyHours' })).toBeNull();
  });

  it('refuses a field the index does not define', () => {
    expect(() => toMeiliFilter(definition, { field: 'birthDate', equals: 'x' })).toThrow(/unknown field birthDate/);
  });
});
