import { z } from 'zod';

export const objectIdSchema = z.string().regex(/^[0-9a-f]{24}$/i, 'identifiant invalide');

export const idParamsSchema = z.strictObject({ id: objectIdSchema });

export const pageQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  after: objectIdSchema.optional().meta({ description: 'nextCursor of the previous page' }),
});

export function pageSchema<T extends z.ZodType>(item: T, id: string) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() }).meta({ id });
}
