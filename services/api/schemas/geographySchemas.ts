import { z } from 'zod';
import { lineText } from './textSchemas';

export const geoPointSchema = z.object({ lat: z.number(), lng: z.number() }).meta({ id: 'GeoPoint' });

export const communeQuerySchema = z.strictObject({
  q: z.string().trim().min(2, 'au moins 2 caractères').max(100),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const communeSchema = z
  .object({
    inseeCode: z.string(),
    name: z.string(),
    postalCodes: z.array(z.string()),
    departmentCode: z.string(),
    departmentName: z.string(),
    location: geoPointSchema,
    approximate: z.boolean().meta({ description: 'location borrowed from a commune sharing the postal code' }),
  })
  .meta({ id: 'Commune' });

/** How a request designates a commune; the server resolves it (400 naming the field when it cannot). */
const inseeCodeSchema = z.string().trim().min(1).max(5);
const postalCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{5}$/, 'un code postal a 5 chiffres');
const communeNameSchema = lineText(100);

/** At least one of the three, as a union the document can state (a refinement it could not). */
export const communeInputSchema = z
  .union(
    [
      z.strictObject({
        inseeCode: inseeCodeSchema,
        postalCode: postalCodeSchema.optional(),
        name: communeNameSchema.optional(),
      }),
      z.strictObject({ postalCode: postalCodeSchema, name: communeNameSchema.optional() }),
      z.strictObject({ name: communeNameSchema }),
    ],
    {
      error: (issue) =>
        issue.code === 'invalid_union' ? 'indiquez le code INSEE, le code postal ou le nom de la commune' : undefined,
    },
  )
  .meta({ id: 'CommuneInput' });

export const communePlaceSchema = z
  .object({
    inseeCode: z.string(),
    name: z.string(),
    postalCode: z.string().nullable(),
    departmentCode: z.string(),
    location: geoPointSchema,
    approximate: z.boolean(),
  })
  .meta({ id: 'CommunePlace' });
