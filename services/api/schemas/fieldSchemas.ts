import { z } from 'zod';
import { certifications } from '../../../shared/domain/reference/certifications';
import { romeCodePattern } from '../../../shared/domain/reference/rome';
import { lineText } from './textSchemas';

// Field schemas that offers, profiles and searches share; free text is in textSchemas.ts.

/**
 * Every date of a body (start of an offer, end of its publication, availability, interview) lies
 * in [2000-01-01, 2100-01-01): wide enough for any the service will see, narrow enough to catch
 * a mistyped year (0202, 2202, 1926). Fixed bounds keep a schema a pure function of its input;
 * rules relative to today (an end of publication within 180 days) belong to the domain.
 */
export const plausibleDates = { from: '2000-01-01', until: '2100-01-01' } as const;
const plausibleRange = { from: Date.parse(plausibleDates.from), until: Date.parse(plausibleDates.until) };
const outOfRange = 'date entre le 01/01/2000 et le 31/12/2099';
/** The same bounds for the OpenAPI document, which has no date comparisons: years 2000 to 2099. */
const plausibleYearPattern = '^20[0-9]{2}-';
const isPlausible = (value: string) => {
  const time = Date.parse(value);
  return time >= plausibleRange.from && time < plausibleRange.until;
};

export const dateSchema = z.iso
  .date({ message: 'date au format AAAA-MM-JJ', abort: true })
  .refine(isPlausible, { message: outOfRange, abort: true })
  .transform((value) => new Date(`${value}T00:00:00.000Z`))
  .meta({
    description: `YYYY-MM-DD, from ${plausibleDates.from} until ${plausibleDates.until} (excluded)`,
    pattern: plausibleYearPattern,
  });

export const dateTimeSchema = z.iso
  .datetime({ offset: true, message: 'date et heure ISO 8601 (ex. 2026-12-31T23:59:00Z)', abort: true })
  .refine(isPlausible, { message: outOfRange, abort: true })
  .transform((value) => new Date(value))
  .meta({
    description: `ISO 8601, from ${plausibleDates.from} until ${plausibleDates.until} (excluded)`,
    pattern: plausibleYearPattern,
  });

export const hourSchema = z.number().min(0, 'entre 0 et 24').max(24, 'entre 0 et 24');

/** Skill labels and other short lists of words. */
export const textListSchema = (max: number) => z.array(lineText(120)).max(max, `au plus ${max} éléments`);

const certificationCodes = certifications.map((certification) => certification.code);

/** The catalogue's codes as an enum (not a lookup in a refinement), so that the document lists them. */
export const certificationCodesSchema = z
  .array(z.enum(certificationCodes, { error: 'certification inconnue (voir /reference/certifications)' }))
  .max(30);

export const romeCodeSchema = z.string().regex(romeCodePattern, 'code ROME invalide (ex. N4101)');

const appellationCodeSchema = z.string().regex(/^\d{1,6}$/, 'code OGR invalide');

/** An appellation, a ROME code or both: a union rather than a refinement, so that the document says so. */
export const jobInputSchema = z
  .union(
    [
      z.strictObject({ appellationCode: appellationCodeSchema, romeCode: romeCodeSchema.optional() }),
      z.strictObject({ romeCode: romeCodeSchema }),
    ],
    { error: (issue) => (issue.code === 'invalid_union' ? 'indiquez une appellation ou un code ROME' : undefined) },
  )
  .meta({ id: 'JobInput' });

export const jobDesignationSchema = z
  .object({
    appellationCode: z.string().nullable(),
    romeCode: z.string(),
    label: z.string(),
    sector: z.string(),
  })
  .meta({ id: 'JobDesignation' });

/** `sector=construction,industry` or repeated `sector=…`: both read as a list. */
export function listQuery<T extends z.ZodType>(item: T) {
  return z
    .preprocess(
      (value) => (typeof value === 'string' ? value.split(',').filter((part) => part !== '') : value),
      z.array(item).max(20),
    )
    .optional();
}
