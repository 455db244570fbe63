import { z } from 'zod';
import { candidateStatuses } from '../../../shared/domain/candidates/candidateProfile';
import { hardConstraintCodes } from '../../../shared/domain/matching/hardConstraints';
import { matchingCriteria } from '../../../shared/domain/matching/matchingWeights';
import { offerStatuses } from '../../../shared/domain/offers/offer';
import { contractTypes } from '../../../shared/domain/reference/employmentTerms';
import { objectIdSchema } from './commonSchemas';
import { jobDesignationSchema } from './fieldSchemas';
import { communePlaceSchema } from './geographySchemas';

export const suggestionQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  minScore: z.coerce.number().min(0).max(100).default(0),
});

const suggestionFields = {
  offerId: z.string(),
  candidateId: z.string(),
  score: z.number().meta({ description: '0–100: the sum of the breakdown’s points' }),
  breakdown: z.array(
    z.object({
      criterion: z.enum(matchingCriteria),
      weight: z.number(),
      value: z.number().meta({ description: '0–1' }),
      points: z.number().meta({ description: 'weight × value' }),
      explanation: z.string(),
    }),
  ),
  explanation: z.object({ met: z.array(z.string()), missing: z.array(z.string()) }),
  offerVersion: z.number(),
  profileVersion: z.number(),
  computedAt: z.date(),
  stale: z
    .object({ reason: z.string(), since: z.date() })
    .nullable()
    .meta({ description: 'set when a recomputation no longer finds a suggestion taken into the pipeline' }),
};

/** A score with its breakdown and explanation, as a match keeps it and "why not?" computes it. */
export const matchScoreSchema = z.object({
  score: suggestionFields.score,
  breakdown: suggestionFields.breakdown,
  explanation: suggestionFields.explanation,
});

export const fitQuerySchema = z.strictObject({ offerId: objectIdSchema });

export const fitAnswerSchema = z
  .object({
    candidateId: z.string(),
    offerId: z.string(),
    eligible: z.boolean().meta({ description: 'every hard constraint holds: the person can be suggested' }),
    failures: z
      .array(z.object({ code: z.enum(hardConstraintCodes), reason: z.string().meta({ description: 'in French' }) }))
      .meta({ description: 'the hard constraints that fail; empty when eligible' }),
    assessment: matchScoreSchema
      .nullable()
      .meta({ description: 'the score computed now when eligible; null otherwise' }),
  })
  .meta({ id: 'FitAnswer' });

const listFields = {
  currentVersion: z.number().meta({ description: 'the version of the offer or profile now' }),
  computedVersion: z.number().nullable().meta({ description: 'the version the list reflects; null: not computed yet' }),
  computedAt: z.date().nullable(),
  durationMs: z.number().nullable().meta({ description: 'computation time' }),
  retrieved: z.number().meta({ description: 'documents the engine returned for the hard constraints' }),
  eligible: z.number().meta({ description: 'of which passed every hard constraint' }),
  poolCut: z.boolean().meta({
    description:
      'more documents met the filters than one computation reads (MATCHING_RETRIEVAL_POOL): some were not scored',
  }),
};

export const offerSuggestionsSchema = z
  .object({
    ...listFields,
    items: z.array(
      z.object({
        ...suggestionFields,
        counterpart: z.object({
          id: z.string(),
          contact: z.object({
            firstName: z.string(),
            lastName: z.string(),
            email: z.string().nullable(),
            mobile: z.string().nullable(),
          }),
          desiredJobs: z.array(jobDesignationSchema),
          status: z.enum(candidateStatuses),
          referentAdviserId: z.string(),
        }),
      }),
    ),
  })
  .meta({ id: 'OfferSuggestions' });

export const candidateSuggestionsSchema = z
  .object({
    ...listFields,
    items: z.array(
      z.object({
        ...suggestionFields,
        counterpart: z.object({
          id: z.string(),
          organizationId: z.string(),
          title: z.string(),
          job: jobDesignationSchema,
          contractType: z.enum(contractTypes),
          location: communePlaceSchema,
          status: z.enum(offerStatuses),
          expiresAt: z.date().nullable(),
        }),
      }),
    ),
  })
  .meta({ id: 'CandidateSuggestions' });

export const refreshAcceptedSchema = z
  .object({ jobId: z.string().meta({ description: 'the matching job that will recompute the list' }) })
  .meta({ id: 'SuggestionRefresh' });
