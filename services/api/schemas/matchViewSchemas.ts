import { z } from 'zod';
import { matchActions, matchStatuses, reasonCodes } from '../../../shared/domain/pipeline/pipelineStates';
import { jobDesignationSchema } from './fieldSchemas';
import { matchScoreSchema } from './suggestionSchemas';

/**
 * A match as its reader receives it (shared/domain/pipeline/matchView.ts): the adviser's view is
 * the whole match, the employer's the reduced one of employerView.ts. Documentation of what the
 * handlers answer; the web app's types come from here.
 */
const interviewSchema = z.strictObject({
  at: z.date(),
  place: z.string().nullable().meta({ description: 'an address; null for a video interview' }),
  videoUrl: z.string().nullable(),
  contactName: z.string(),
});

const transitionFields = {
  action: z.enum(matchActions),
  from: z.enum(matchStatuses),
  to: z.enum(matchStatuses),
  at: z.date(),
  reason: z.enum(reasonCodes).nullable(),
  comment: z.string().nullable(),
  shareReason: z.boolean().meta({ description: 'the person may be told the reason' }),
  interview: interviewSchema.nullable(),
};

export const sharedProfileSchema = z
  .strictObject({
    sharedAt: z.date(),
    firstName: z.string(),
    lastNameInitial: z.string(),
    desiredJobs: z.array(jobDesignationSchema),
    skills: z.array(z.string()),
    experiences: z.array(z.object({ romeCode: z.string(), label: z.string(), months: z.number() })),
    qualificationLevel: z.number().nullable(),
    certifications: z.array(z.string()),
    availability: z.object({ from: z.date().nullable(), workingTime: z.string(), schedules: z.array(z.string()) }),
  })
  .meta({ id: 'SharedProfile', description: 'what the proposal showed the employer of the person, kept as it was' });

const commonFields = {
  id: z.string(),
  offerId: z.string(),
  status: z.enum(matchStatuses),
  allowedActions: z.array(z.enum(matchActions)).meta({ description: 'what the reader may do now' }),
  proposedAt: z.date().nullable(),
  interview: interviewSchema.nullable(),
};

export const adviserMatchSchema = z
  .strictObject({
    view: z.literal('adviser'),
    ...commonFields,
    candidateId: z.string(),
    offerOrganizationId: z.string(),
    candidateOrganizationId: z.string(),
    assessment: matchScoreSchema.meta({ description: 'the score when the match was taken into the pipeline' }),
    proposalComment: z.string().nullable(),
    sharedProfile: sharedProfileSchema.nullable(),
    contactShared: z
      .boolean()
      .meta({ description: 'the adviser recorded that the person agreed to share contact data' }),
    history: z.array(
      z.strictObject({
        ...transitionFields,
        actor: z.object({
          kind: z.enum(['adviser', 'employer', 'system']),
          userId: z.string().nullable(),
          organizationId: z.string().nullable(),
        }),
      }),
    ),
    version: z.number(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'AdviserMatch' });

export const employerMatchSchema = z
  .strictObject({
    view: z.literal('employer'),
    ...commonFields,
    candidate: sharedProfileSchema.extend({
      contact: z
        .strictObject({ email: z.string().nullable(), mobile: z.string().nullable() })
        .nullable()
        .meta({ description: 'once the interview is scheduled and the person agreed, while they consent' }),
    }),
    score: z.number(),
    explanation: z.object({ met: z.array(z.string()), missing: z.array(z.string()) }),
    adviserComment: z.string().nullable(),
    history: z.array(z.strictObject(transitionFields)).meta({ description: 'from the proposal on, without who acted' }),
  })
  .meta({ id: 'EmployerMatch' });

export const matchViewSchema = z
  .discriminatedUnion('view', [adviserMatchSchema, employerMatchSchema])
  .meta({ id: 'Match' });
