import { dateSchema, dateTimeSchema } from '../../../services/api/schemas/fieldSchemas';

function reasons(schema: typeof dateSchema | typeof dateTimeSchema, value: string): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

const outOfRange = 'date entre le 01/01/2000 et le 31/12/2099';

describe('dates of a body', () => {
  it.each(['2000-01-01', '2026-09-01', '2099-12-31'])('%s is accepted as midnight UTC', (value) => {
    expect(dateSchema.parse(value)).toEqual(new Date(`${value}T00:00:00.000Z`));
  });

  it.each([
    ['1999-12-31', outOfRange],
    ['0202-09-01', outOfRange],
    ['2100-01-01', outOfRange],
    ['9999-12-31', outOfRange],
    ['2026-02-30', 'date au format AAAA-MM-JJ'],
    ['01/09/2026', 'date au format AAAA-MM-JJ'],
  ])('%s is refused with one reason: %s', (value, reason) => {
    expect(reasons(dateSchema, value)).toEqual([reason]);
  });
});

describe('dates and times of a body', () => {
  it.each(['2000-01-01T00:00:00Z', '2026-12-31T23:59:00+01:00', '2099-12-31T23:59:59Z'])('%s is accepted', (value) => {
    expect(dateTimeSchema.parse(value)).toEqual(new Date(value));
  });

  it.each([
    ['1999-12-31T23:59:59Z', outOfRange],
    ['2202-06-15T10:00:00Z', outOfRange],
    ['2099-12-31T23:30:00-01:00', outOfRange],
    ['2026-12-31 23:59', 'date et heure ISO 8601 (ex. 2026-12-31T23:59:00Z)'],
  ])('%s is refused with one reason: %s', (value, reason) => {
    expect(reasons(dateTimeSchema, value)).toEqual([reason]);
  });
});
