import { z } from 'zod';
import { certificationsByCode } from '../../../shared/domain/reference/certifications';
import { romeCodePattern } from '../../../shared/domain/reference/rome';

/** Field schemas that offers, profiles and searches share. */
export const dateSchema = z.iso
  .date('date au format AAAA-MM-JJ')
  .transform((value) => new Date(`${value}T00:00:00.000Z`))
  .meta({ description: 'YYYY-MM-DD' });

export const dateTimeSchema = z.iso
  .datetime({ offset: true, message: 'date et heure ISO 8601 (ex. 2026-12-31T23:59:00Z)' })
  .transform((value) => new Date(value));

export const hourSchema = z.number().min(0, 'entre 0 et 24').max(24, 'entre 0 et 24');

export const textListSchema = (max: number) => z.array(z.string().trim().min(1).max(120)).max(max);

export const certificationCodesSchema = z
  .array(
    z.string().refine((code) => certificationsByCode.has(code), {
      message: 'certification inconnue (voir /reference/certifications)',
    }),
  )
  .max(30);

export const romeCodeSchema = z.string().regex(romeCodePattern, 'code ROME invalide (ex. N4101)');

export const jobInputSchema = z
  .strictObject({
    appellationCode: z
      .string()
      .regex(/^\d{1,6}$/, 'code OGR invalide')
      .optional(),
    romeCode: romeCodeSchema.optional(),
  })
  .refine((job) => job.appellationCode ?? job.romeCode, { message: 'indiquez une appellation ou un code ROME' })
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
