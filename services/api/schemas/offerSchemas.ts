import { z } from 'zod';
import { offerStatuses } from '../../../shared/domain/offers/offer';
import {
  contractTypes,
  physicalDemands,
  qualificationLevels,
  remoteModes,
  workSchedules,
} from '../../../shared/domain/reference/employmentTerms';
import { sectors } from '../../../shared/domain/reference/sectors';
import { objectIdSchema } from './commonSchemas';
import { communeInputSchema, communePlaceSchema } from './geographySchemas';
import {
  certificationCodesSchema,
  dateSchema,
  dateTimeSchema,
  hourSchema,
  jobDesignationSchema,
  jobInputSchema,
  listQuery,
  romeCodeSchema,
  textListSchema,
} from './fieldSchemas';
import { nearQueryFields } from './searchSchemas';
import { lineText, multilineText } from './textSchemas';

/** Every field an employer writes, with no defaults: PATCH takes any subset of them. */
const offerFields = {
  title: lineText(150, { min: 3 }),
  job: jobInputSchema,
  description: multilineText(10_000),
  requiredSkills: textListSchema(30),
  optionalSkills: textListSchema(30),
  requiredCertifications: certificationCodesSchema,
  minQualificationLevel: z.union(qualificationLevels.map((level) => z.literal(level))).nullable(),
  minExperienceMonths: z.number().int().min(0).max(600),
  contractType: z.enum(contractTypes),
  durationMonths: z.number().int().min(1).max(60).nullable(),
  weeklyHours: z.number().min(1).max(48, 'la durée maximale légale est de 48 heures'),
  schedules: z.array(z.enum(workSchedules)).max(4),
  dayStartHour: hourSchema.nullable(),
  dayEndHour: hourSchema.nullable(),
  startDate: dateSchema.nullable(),
  location: z.strictObject({ commune: communeInputSchema }),
  remoteMode: z.enum(remoteModes),
  openings: z.number().int().min(1).max(500),
  trainingBeforeHiring: z.boolean(),
  qualificationRequiredByLaw: z.boolean().meta({
    description: 'the diploma asked is required by law (regulated job): only then is a lower level a hard constraint',
  }),
  physicalDemands: z.array(z.enum(physicalDemands)).max(physicalDemands.length),
  publicTransportAccess: z.boolean(),
  expiresAt: dateTimeSchema.nullable(),
};

export const newOfferBodySchema = z
  .strictObject({
    ...offerFields,
    description: offerFields.description.default(''),
    requiredSkills: offerFields.requiredSkills.default([]),
    optionalSkills: offerFields.optionalSkills.default([]),
    requiredCertifications: offerFields.requiredCertifications.default([]),
    minQualificationLevel: offerFields.minQualificationLevel.default(null),
    minExperienceMonths: offerFields.minExperienceMonths.default(0),
    durationMonths: offerFields.durationMonths.default(null),
    weeklyHours: offerFields.weeklyHours.default(35),
    schedules: offerFields.schedules.default(['day']),
    dayStartHour: offerFields.dayStartHour.default(null),
    dayEndHour: offerFields.dayEndHour.default(null),
    startDate: offerFields.startDate.default(null),
    remoteMode: offerFields.remoteMode.default('on_site'),
    openings: offerFields.openings.default(1),
    trainingBeforeHiring: offerFields.trainingBeforeHiring.default(false),
    qualificationRequiredByLaw: offerFields.qualificationRequiredByLaw.default(false),
    physicalDemands: offerFields.physicalDemands.default([]),
    publicTransportAccess: offerFields.publicTransportAccess.default(false),
    expiresAt: offerFields.expiresAt.default(null),
    externalRef: lineText(100).optional().meta({ description: 'the employer’s own reference' }),
  })
  .meta({ id: 'NewOffer' });

export const offerChangesBodySchema = z.strictObject(offerFields).partial().meta({ id: 'OfferChanges' });

export const offerSchema = z
  .object({
    id: z.string(),
    organizationId: z.string(),
    externalRef: z.string().nullable(),
    status: z.enum(offerStatuses),
    title: z.string(),
    job: jobDesignationSchema,
    description: z.string(),
    requiredSkills: z.array(z.string()),
    optionalSkills: z.array(z.string()),
    requiredCertifications: z.array(z.string()),
    minQualificationLevel: z.number().nullable(),
    minExperienceMonths: z.number(),
    contractType: z.enum(contractTypes),
    durationMonths: z.number().nullable(),
    weeklyHours: z.number(),
    schedules: z.array(z.enum(workSchedules)),
    dayStartHour: z.number().nullable(),
    dayEndHour: z.number().nullable(),
    startDate: z.date().nullable(),
    location: communePlaceSchema,
    remoteMode: z.enum(remoteModes),
    openings: z.number(),
    trainingBeforeHiring: z.boolean(),
    qualificationRequiredByLaw: z.boolean(),
    physicalDemands: z.array(z.enum(physicalDemands)),
    publicTransportAccess: z.boolean(),
    expiresAt: z.date().nullable(),
    publishedAt: z.date().nullable(),
    closedAt: z.date().nullable(),
    version: z.number(),
    createdBy: z.string(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Offer' });

export const offerListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  after: objectIdSchema.optional(),
  status: z.enum(offerStatuses).optional().meta({ description: 'employers only; advisers see published offers' }),
});

export const offerSearchQuerySchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  sector: listQuery(z.enum(sectors)),
  rome: listQuery(romeCodeSchema),
  contract: listQuery(z.enum(contractTypes)),
  ...nearQueryFields,
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});

const facetsSchema = z.record(z.string(), z.record(z.string(), z.number()));

export const offerSearchResultSchema = z
  .object({
    items: z.array(z.object({ offer: offerSchema, score: z.number(), distanceKm: z.number().nullable() })),
    total: z.number(),
    facets: facetsSchema,
  })
  .meta({ id: 'OfferSearchResult' });

export { facetsSchema };
