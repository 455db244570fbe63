import { z } from 'zod';
import { matchStatuses, personActions, reasonCodes } from '../../../shared/domain/pipeline/pipelineStates';
import { dateTimeSchema } from './fieldSchemas';
import { objectIdSchema } from './commonSchemas';
import { lineText, multilineText } from './textSchemas';

export const newMatchBodySchema = z
  .strictObject({ offerId: objectIdSchema, candidateId: objectIdSchema })
  .meta({ id: 'NewMatch' });

const interviewInputSchema = z.strictObject({
  at: dateTimeSchema,
  place: lineText(300).nullable().default(null),
  videoUrl: z
    .url({ protocol: /^https$/, error: 'lien https attendu' })
    .nullable()
    .default(null),
  contactName: lineText(120),
});

export const transitionBodySchema = z
  .strictObject({
    action: z.enum(personActions),
    reason: z.enum(reasonCodes).optional(),
    comment: multilineText(2_000).optional(),
    shareReason: z.boolean().optional().meta({ description: 'the candidate may be told the reason' }),
    interview: interviewInputSchema.optional(),
  })
  .meta({ id: 'MatchTransition' });

export const matchListQuerySchema = z.strictObject({
  offerId: objectIdSchema.optional(),
  candidateId: objectIdSchema.optional(),
  referentAdviserId: objectIdSchema
    .optional()
    .meta({ description: 'advisers: the matches of the people this adviser is the referent of' }),
  status: z
    .union([z.enum(matchStatuses), z.array(z.enum(matchStatuses))])
    .optional()
    .transform((value) => (value === undefined ? undefined : Array.isArray(value) ? value : [value])),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  after: objectIdSchema.optional(),
});
