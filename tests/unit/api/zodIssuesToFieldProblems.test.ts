import { z } from 'zod';
import { zodIssuesToFieldProblems } from '../../../services/api/http/zodIssuesToFieldProblems';

const schema = z.strictObject({ name: z.string(), address: z.strictObject({ city: z.string() }) });

function problems(location: 'body' | 'query', value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  return zodIssuesToFieldProblems(location, result.error);
}

describe('zodIssuesToFieldProblems', () => {
  it('names nested body fields by their dotted path', () => {
    expect(problems('body', { name: 'x', address: { city: 3 } })).toEqual([
      { field: 'address.city', reason: expect.any(String) },
    ]);
  });

  it('gives one problem per unknown key', () => {
    expect(problems('body', { name: 'x', address: { city: 'Lille' }, a: 1, b: 2 })).toEqual([
      { field: 'a', reason: 'champ inconnu' },
      { field: 'b', reason: 'champ inconnu' },
    ]);
  });

  it('prefixes query parameters with where they were', () => {
    expect(problems('query', { address: { city: 'Lille' } })).toEqual([
      { field: 'query.name', reason: expect.any(String) },
    ]);
  });

  it('names the whole body when it is not an object', () => {
    expect(problems('body', 'text')).toEqual([{ field: 'body', reason: expect.any(String) }]);
  });
});
