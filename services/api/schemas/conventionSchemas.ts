import { z } from 'zod';
import { sectors } from '../../../shared/domain/reference/sectors';
import { conventionTargetKinds, countTargetKinds } from '../../../shared/domain/reporting/conventions/convention';
import { conventionStatuses } from '../../../shared/domain/reporting/conventions/conventionStatus';
import { objectIdSchema } from './commonSchemas';
import { dateSchema } from './fieldSchemas';
import { lineText } from './textSchemas';

/** A département code as INSEE writes it: 01 to 95 (2A and 2B for Corsica, no 20), 971 to 976. */
const departmentCodeSchema = z
  .string()
  .regex(/^(0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5]|97[1-6])$/, 'code de département invalide (ex. 59, 2A, 974)');

const conventionTargetSchema = z
  .discriminatedUnion(
    'kind',
    [
      z.strictObject({
        kind: z.enum(countTargetKinds),
        value: z
          .number()
          .int('un nombre entier est attendu')
          .min(1, 'au moins 1')
          .max(1_000_000, 'au plus 1\u202f000\u202f000'),
      }),
      z.strictObject({
        kind: z.literal('positive_outcome_rate'),
        value: z
          .number()
          .gt(0, 'un taux supérieur à 0 est attendu')
          .max(1, 'un taux au plus égal à 1 (100\u00a0%) est attendu')
          .meta({ description: 'share in ]0, 1]: 0.9 for 90 %' }),
      }),
    ],
    { error: (issue) => (issue.code === 'invalid_union' ? 'type d’objectif inconnu' : undefined) },
  )
  .meta({ id: 'ConventionTarget' });

const periodSchema = z
  .strictObject({
    from: dateSchema,
    to: dateSchema.meta({ description: 'inclusive; after from' }),
  })
  .meta({ id: 'ConventionPeriod' });

/** Every field an administrator writes, with no defaults: PATCH takes any subset of them. */
const conventionFields = {
  name: lineText(200, { min: 3 }),
  partnerIds: z
    .array(objectIdSchema)
    .min(1, 'indiquez au moins une organisation partenaire')
    .max(50, 'au plus 50 partenaires')
    .meta({ description: 'employers and insertion structures of the caller’s territory' }),
  sector: z.enum(sectors).nullable().meta({ description: 'null: every sector' }),
  departmentCode: departmentCodeSchema.nullable().meta({ description: 'null: the whole territory' }),
  period: periodSchema,
  targets: z
    .array(conventionTargetSchema)
    .min(1, 'indiquez au moins un objectif')
    .max(conventionTargetKinds.length, 'un seul objectif de chaque type'),
};

export const newConventionBodySchema = z
  .strictObject({
    ...conventionFields,
    sector: conventionFields.sector.default(null),
    departmentCode: conventionFields.departmentCode.default(null),
  })
  .meta({ id: 'NewConvention' });

export const conventionChangesBodySchema = z.strictObject(conventionFields).partial().meta({ id: 'ConventionChanges' });

export const conventionSchema = z
  .object({
    id: z.string(),
    territoryId: z.string(),
    name: z.string(),
    partnerIds: z.array(z.string()),
    sector: z.enum(sectors).nullable(),
    departmentCode: z.string().nullable(),
    period: z.object({ from: z.date(), to: z.date() }),
    targets: z.array(z.object({ kind: z.enum(conventionTargetKinds), value: z.number() })),
    version: z.number(),
    createdBy: z.string(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Convention' });

const conventionStatusSchema = z.enum(conventionStatuses).meta({
  id: 'ConventionStatus',
  description:
    'met: a count reached (at any time) or the rate reached at the end; missed: not reached at the end; unmeasured: no figure yet',
});

export const conventionProgressSchema = z
  .object({
    status: conventionStatusSchema,
    elapsedShare: z.number().meta({ description: 'share of the period elapsed, in [0, 1]' }),
    targets: z.array(
      z.object({
        kind: z.enum(conventionTargetKinds),
        label: z.string(),
        target: z.number(),
        actual: z.number().nullable().meta({ description: 'a count, or the rate in [0, 1]; null without a figure' }),
        outOf: z.number().nullable().meta({ description: 'for the rate: people with an outcome' }),
        expectedNow: z.number().meta({ description: 'where the convention should be today' }),
        shareReached: z.number().nullable().meta({ description: 'actual ÷ target' }),
        status: conventionStatusSchema,
        explanation: z.string(),
      }),
    ),
  })
  .meta({ id: 'ConventionProgress' });

export const conventionWithProgressSchema = z
  .object({ convention: conventionSchema, progress: conventionProgressSchema })
  .meta({ id: 'ConventionWithProgress' });
