import { z } from 'zod';
import { sectors } from '../../../shared/domain/reference/sectors';

export const appellationQuerySchema = z.strictObject({
  q: z.string().trim().min(2, 'au moins 2 caractères').max(100),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  sector: z.enum(sectors).optional(),
});

export const appellationSuggestionSchema = z
  .object({
    code: z.string().meta({ description: 'OGR code of the job title' }),
    label: z.string(),
    romeCode: z.string(),
    romeLabel: z.string(),
    sector: z.enum(sectors),
  })
  .meta({ id: 'AppellationSuggestion' });

export const sectorSchema = z.object({ code: z.enum(sectors), label: z.string() }).meta({ id: 'Sector' });
