import { z } from 'zod';
import { outcomeClasses } from '../../../shared/domain/reporting/outcomes/outcomeClass';
import { outcomeKinds } from '../../../shared/domain/reporting/outcomes/outcome';
import { countMeasures } from '../../../shared/domain/reporting/reportingMeasures';
import { contractTypes } from '../../../shared/domain/reference/employmentTerms';
import { sectors } from '../../../shared/domain/reference/sectors';
import { objectIdSchema } from './commonSchemas';
import { dateSchema } from './fieldSchemas';

const monthSchema = z
  .string()
  .regex(/^20\d{2}-(0[1-9]|1[0-2])$/, 'mois au format AAAA-MM')
  .meta({ description: 'YYYY-MM (Europe/Paris)' });

export const indicatorsQuerySchema = z
  .strictObject({
    from: monthSchema,
    to: monthSchema,
    sector: z.enum(sectors).optional(),
    organizationId: objectIdSchema
      .optional()
      .meta({ description: 'administrators: one organisation of the territory' }),
    groupBy: z
      .enum(['month', 'sector', 'organization'])
      .default('month')
      .meta({ description: 'organization: administrators, one row per organisation of the territory' }),
  })
  .meta({ id: 'IndicatorsQuery' });

export const exportQuerySchema = indicatorsQuerySchema
  .extend({ table: z.enum(['indicators', 'funnel']).default('indicators'), format: z.enum(['csv', 'xlsx']) })
  .meta({ id: 'IndicatorsExportQuery' });

const indicatorRowSchema = z
  .object({
    ...Object.fromEntries(countMeasures.map((measure) => [measure, z.number()])),
    medianDaysToFill: z.number().nullable(),
    medianDaysToAnswer: z.number().nullable(),
    answerRate: z.number().nullable(),
    positiveOutcomeRate: z.number().nullable(),
    peopleFollowed: z
      .number()
      .nullable()
      .meta({ description: 'active follow-ups at the end of the period; null for an employer or a sector' }),
    peopleWithSuggestion: z
      .number()
      .nullable()
      .meta({ description: 'people who have had a suggestion by the end of the period; null as above' }),
  })
  .meta({ id: 'IndicatorRow' });

export const indicatorsSchema = z
  .object({
    rows: z.array(z.object({ label: z.string(), figures: indicatorRowSchema })),
    total: indicatorRowSchema,
    funnel: z.array(
      z.object({
        step: z.enum(['shortlisted', 'proposals', 'interviewRequests', 'interviews', 'hires']),
        label: z.string(),
        count: z.number(),
        dropFromPrevious: z.number().nullable(),
      }),
    ),
    filters: z.array(z.object({ label: z.string(), value: z.string() })),
  })
  .meta({ id: 'Indicators' });

export const newOutcomeBodySchema = z
  .strictObject({
    kind: z.enum(outcomeKinds),
    date: dateSchema,
    contractType: z.enum(contractTypes).nullable().default(null),
    durationMonths: z.number().int().min(1).max(120).nullable().default(null),
    subsidised: z.boolean().default(false),
    qualifying: z.boolean().nullable().default(null),
    sector: z.enum(sectors).nullable().default(null),
  })
  .meta({ id: 'NewOutcome' });

export const outcomeSchema = z
  .object({
    id: z.string(),
    candidateId: z.string(),
    organizationId: z.string(),
    kind: z.enum(outcomeKinds),
    outcomeClass: z.enum(outcomeClasses),
    date: z.date(),
    contractType: z.enum(contractTypes).nullable(),
    durationMonths: z.number().nullable(),
    subsidised: z.boolean(),
    qualifying: z.boolean().nullable(),
    matchId: z.string().nullable(),
    offerId: z.string().nullable(),
    employerOrganizationId: z.string().nullable(),
    sector: z.enum(sectors).nullable(),
    recordedAt: z.date(),
  })
  .meta({ id: 'Outcome' });
