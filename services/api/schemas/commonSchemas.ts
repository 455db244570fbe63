import { z } from 'zod';

/**
 * Both cases in the class rather than an `i` flag (JSON Schema patterns have no flags: the
 * generator wrote "^[0-9a-f]{24}$/i"), then lower case, as the ids the API gives out and the
 * stores compare them (a cursor in upper case was refused by some repositories).
 */
export const objectIdSchema = z
  .string()
  .regex(/^[0-9a-fA-F]{24}$/, 'identifiant invalide')
  .transform((id) => id.toLowerCase());

/**
 * A yes/no query parameter: `true` or `false` and nothing else, so that the document states what
 * the server reads (z.stringbool also took 1, yes, on… which the document could not say).
 */
export const booleanQueryFlag = z
  .enum(['true', 'false'])
  .default('false')
  .transform((value) => value === 'true');

export const idParamsSchema = z.strictObject({ id: objectIdSchema });

export const pageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  after: objectIdSchema.optional().meta({ description: 'nextCursor of the previous page' }),
});

export function pageSchema<T extends z.ZodType>(item: T, id: string) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() }).meta({ id });
}
