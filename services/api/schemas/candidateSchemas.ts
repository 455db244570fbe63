import { z } from 'zod';
import { barrierKinds, barrierStatuses } from '../../../shared/domain/candidates/barrier';
import { candidateStatuses, languageLevels, workingTimes } from '../../../shared/domain/candidates/candidateProfile';
import {
  contractTypes,
  physicalDemands,
  qualificationLevels,
  transportModes,
  workSchedules,
} from '../../../shared/domain/reference/employmentTerms';
import { sectors } from '../../../shared/domain/reference/sectors';
import { booleanQueryFlag, objectIdSchema } from './commonSchemas';
import {
  certificationCodesSchema,
  dateSchema,
  hourSchema,
  jobDesignationSchema,
  jobInputSchema,
  listQuery,
  romeCodeSchema,
  textListSchema,
} from './fieldSchemas';
import { communeInputSchema, communePlaceSchema } from './geographySchemas';
import { facetsSchema } from './offerSchemas';
import { nearQueryFields } from './searchSchemas';
import { lineText, multilineText, personName } from './textSchemas';

/** Nested objects: their bare fields (PATCH merges any subset into the stored object), then the defaults of a creation. */
const contactFields = {
  firstName: personName(100),
  lastName: personName(100),
  email: z.email('adresse e-mail invalide').max(254).nullable(),
  mobile: z.string().trim().max(30).nullable().meta({ description: '06 12 34 56 78 or E.164' }),
};
const mobilityFields = {
  maxDistanceKm: z.number().min(0).max(300),
  transportModes: z.array(z.enum(transportModes)).max(transportModes.length),
  hasVehicle: z.boolean(),
};
const availabilityFields = {
  from: dateSchema.nullable(),
  workingTime: z.enum(workingTimes),
  schedules: z.array(z.enum(workSchedules)).max(4),
  earliestStartHour: hourSchema.nullable(),
  latestEndHour: hourSchema.nullable(),
};

const contactSchema = z.strictObject({
  ...contactFields,
  email: contactFields.email.default(null),
  mobile: contactFields.mobile.default(null),
});
const mobilitySchema = z.strictObject({
  ...mobilityFields,
  transportModes: mobilityFields.transportModes.default([]),
  hasVehicle: mobilityFields.hasVehicle.default(false),
});
const availabilitySchema = z.strictObject({
  from: availabilityFields.from.default(null),
  workingTime: availabilityFields.workingTime.default('either'),
  schedules: availabilityFields.schedules.default(['day']),
  earliestStartHour: availabilityFields.earliestStartHour.default(null),
  latestEndHour: availabilityFields.latestEndHour.default(null),
});

/**
 * Every field an adviser writes, with no defaults at this level: PATCH takes any subset. There is
 * no field for birth date, sex, nationality, photo, family situation, health or benefits.
 */
const candidateFields = {
  contact: contactSchema,
  homeCommune: communeInputSchema,
  desiredJobs: z.array(jobInputSchema).min(1, 'au moins un métier recherché').max(10),
  desiredSectors: z.array(z.enum(sectors)).max(sectors.length),
  acceptedContractTypes: z.array(z.enum(contractTypes)).min(1, 'au moins un type de contrat').max(contractTypes.length),
  skills: textListSchema(50),
  experiences: z.array(z.strictObject({ romeCode: romeCodeSchema, months: z.number().int().min(1).max(600) })).max(30),
  qualificationLevel: z.union(qualificationLevels.map((level) => z.literal(level))).nullable(),
  certifications: certificationCodesSchema,
  languages: z
    .array(
      z.strictObject({
        code: z.string().regex(/^[a-z]{2}$/, 'code ISO 639-1 (ex. fr, ar)'),
        level: z.enum(languageLevels),
      }),
    )
    .max(10),
  mobility: mobilitySchema,
  availability: availabilitySchema,
  workConstraints: z
    .array(z.enum(physicalDemands))
    .max(physicalDemands.length)
    .meta({ description: 'demands the person cannot take on, shared with their agreement; never a diagnosis' }),
  status: z.enum(candidateStatuses),
};

const consentFields = {
  shareWithEmployers: z
    .boolean()
    .optional()
    .meta({ description: 'the person agreed to be shown to employers; recorded with who and when' }),
  referentAdviserId: objectIdSchema.optional(),
};

export const newCandidateBodySchema = z
  .strictObject({
    ...candidateFields,
    desiredSectors: candidateFields.desiredSectors.default([]),
    skills: candidateFields.skills.default([]),
    experiences: candidateFields.experiences.default([]),
    qualificationLevel: candidateFields.qualificationLevel.default(null),
    certifications: candidateFields.certifications.default([]),
    languages: candidateFields.languages.default([]),
    availability: availabilitySchema.default({
      from: null,
      workingTime: 'either',
      schedules: ['day'],
      earliestStartHour: null,
      latestEndHour: null,
    }),
    workConstraints: candidateFields.workConstraints.default([]),
    status: candidateFields.status.default('active'),
    ...consentFields,
    externalRef: lineText(100).optional(),
  })
  .meta({ id: 'NewCandidate' });

export const candidateChangesBodySchema = z
  .strictObject({
    ...candidateFields,
    contact: z.strictObject(contactFields).partial(),
    mobility: z.strictObject(mobilityFields).partial(),
    availability: z.strictObject(availabilityFields).partial(),
    ...consentFields,
  })
  .partial()
  .meta({ id: 'CandidateChanges' });

export const candidateSchema = z
  .object({
    id: z.string(),
    organizationId: z.string(),
    referentAdviserId: z.string(),
    externalRef: z.string().nullable(),
    contact: z.object({
      firstName: z.string(),
      lastName: z.string(),
      email: z.string().nullable(),
      mobile: z.string().nullable(),
    }),
    homeCommune: communePlaceSchema,
    desiredJobs: z.array(jobDesignationSchema),
    desiredSectors: z.array(z.enum(sectors)),
    acceptedContractTypes: z.array(z.enum(contractTypes)),
    skills: z.array(z.string()),
    experiences: z.array(z.object({ romeCode: z.string(), label: z.string(), months: z.number() })),
    qualificationLevel: z.number().nullable(),
    certifications: z.array(z.string()),
    languages: z.array(z.object({ code: z.string(), level: z.enum(languageLevels) })),
    mobility: z.object({
      maxDistanceKm: z.number(),
      transportModes: z.array(z.enum(transportModes)),
      hasVehicle: z.boolean(),
    }),
    availability: z.object({
      from: z.date().nullable(),
      workingTime: z.enum(workingTimes),
      schedules: z.array(z.enum(workSchedules)),
      earliestStartHour: z.number().nullable(),
      latestEndHour: z.number().nullable(),
    }),
    workConstraints: z.array(z.enum(physicalDemands)),
    status: z.enum(candidateStatuses),
    consent: z.object({ shareWithEmployers: z.boolean(), recordedBy: z.string(), recordedAt: z.date() }).nullable(),
    lastProposedAt: z.date().nullable().meta({ description: 'when the person was last proposed to an employer' }),
    version: z.number(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Candidate' });

export const candidateListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  after: objectIdSchema.optional(),
  status: z.enum(candidateStatuses).optional(),
  referentAdviserId: objectIdSchema.optional(),
});

export const caseloadQuerySchema = z.strictObject({
  scope: z.enum(['mine', 'organization']).default('mine').meta({
    description: 'mine: the people the caller is the referent of; organization: all the organisation follows',
  }),
  q: lineText(100).optional().meta({ description: 'part of the first or last name' }),
  status: z.enum(candidateStatuses).optional(),
  sector: z.enum(sectors).optional(),
  consent: z
    .enum(['given', 'not_given'])
    .optional()
    .meta({ description: 'given: the person agreed to be shown to employers' }),
  hasSuggestions: booleanQueryFlag.meta({ description: 'true: only people with a current suggestion' }),
  waitingForAnswer: booleanQueryFlag.meta({ description: 'true: only people with a proposal not answered yet' }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});

export const caseloadPageSchema = z
  .object({
    items: z.array(
      z.object({
        candidate: candidateSchema,
        currentSuggestions: z.number().meta({ description: 'offers suggested now (stale ones excluded)' }),
        openMatches: z.number().meta({ description: 'matches under way, suggested to interview scheduled' }),
        waitingForAnswer: z.number().meta({ description: 'proposals the employer has not answered yet' }),
        lastActivityAt: z.date().meta({ description: 'latest change of the profile or of one of its matches' }),
      }),
    ),
    total: z.number(),
  })
  .meta({ id: 'CaseloadPage' });

export const candidateSearchQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  status: listQuery(z.enum(candidateStatuses)),
  sector: listQuery(z.enum(sectors)),
  rome: listQuery(romeCodeSchema),
  certification: listQuery(z.string().max(40)),
  ...nearQueryFields,
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});

export const candidateSearchResultSchema = z
  .object({
    items: z.array(z.object({ candidate: candidateSchema, score: z.number() })),
    total: z.number(),
    facets: facetsSchema,
  })
  .meta({ id: 'CandidateSearchResult' });

export const barrierSchema = z
  .object({
    id: z.string(),
    organizationId: z.string(),
    candidateId: z.string(),
    kind: z.enum(barrierKinds),
    status: z.enum(barrierStatuses),
    notes: z.string(),
    createdBy: z.string(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Barrier' });

export const newBarrierBodySchema = z
  .strictObject({
    kind: z.enum(barrierKinds),
    status: z.enum(barrierStatuses).default('identified'),
    notes: multilineText(5_000).default(''),
  })
  .meta({ id: 'NewBarrier' });

export const barrierChangesBodySchema = z
  .strictObject({ status: z.enum(barrierStatuses).optional(), notes: multilineText(5_000).optional() })
  .meta({ id: 'BarrierChanges' });

export const barrierParamsSchema = z.strictObject({ id: objectIdSchema, barrierId: objectIdSchema });

export const candidateExportSchema = z
  .object({
    exportedAt: z.date(),
    profile: candidateSchema,
    barriers: z.array(barrierSchema),
    matches: z.array(z.object({ id: z.string(), offerId: z.string(), status: z.string() }).loose()),
  })
  .meta({ id: 'CandidateExport' });
