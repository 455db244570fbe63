import { z } from 'zod';

/** A radius around a commune in a search query, designated by one of these. */
export const nearQueryFields = {
  inseeCode: z.string().trim().max(5).optional(),
  postalCode: z
    .string()
    .regex(/^\d{5}$/, 'un code postal a 5 chiffres')
    .optional(),
  communeName: z.string().trim().min(2).max(100).optional(),
  radiusKm: z.coerce.number().min(1).max(200).default(30),
};

export function nearFromQuery(query: {
  inseeCode?: string | undefined;
  postalCode?: string | undefined;
  communeName?: string | undefined;
  radiusKm: number;
}) {
  if (!query.inseeCode && !query.postalCode && !query.communeName) return undefined;
  return {
    commune: { inseeCode: query.inseeCode, postalCode: query.postalCode, name: query.communeName },
    radiusKm: query.radiusKm,
  };
}
