import { z } from 'zod';
import { sectors } from '../../../shared/domain/reference/sectors';
import { invitationStatuses } from '../../../shared/domain/recruitmentEvents/eventInvitation';
import {
  participationStatuses,
  recruitmentEventKinds,
  recruitmentEventStatuses,
} from '../../../shared/domain/recruitmentEvents/recruitmentEvent';
import { objectIdSchema } from './commonSchemas';
import { dateTimeSchema } from './fieldSchemas';
import { communeInputSchema, communePlaceSchema } from './geographySchemas';
import { sharedProfileSchema } from './matchViewSchemas';
import { lineText, multilineText, personName } from './textSchemas';

const placeInputSchema = z
  .discriminatedUnion(
    'online',
    [
      z.strictObject({ online: z.literal(false), commune: communeInputSchema, address: lineText(200, { min: 3 }) }),
      z.strictObject({
        online: z.literal(true),
        url: z.url({ protocol: /^https$/, message: 'une adresse https:// est attendue' }).nullable(),
      }),
    ],
    { error: (issue) => (issue.code === 'invalid_union' ? 'indiquez un lieu, ou « en ligne »' : undefined) },
  )
  .meta({ id: 'EventPlaceInput' });

const placeSchema = z
  .union([
    z.object({ online: z.literal(false), commune: communePlaceSchema, address: z.string() }),
    z.object({ online: z.literal(true), url: z.string().nullable() }),
  ])
  .meta({ id: 'EventPlace' });

const participantInputSchema = z
  .strictObject({
    organizationId: objectIdSchema,
    offerIds: z.array(objectIdSchema).max(20, 'au plus 20 offres par employeur').default([]),
  })
  .meta({ id: 'EventParticipantInput' });

/** Every field an organiser writes; PATCH takes any subset. */
const eventFields = {
  kind: z.enum(recruitmentEventKinds),
  title: lineText(150, { min: 3 }),
  description: multilineText(4000).default(''),
  startsAt: dateTimeSchema,
  endsAt: dateTimeSchema.meta({ description: 'after startsAt' }),
  place: placeInputSchema,
  sectors: z.array(z.enum(sectors)).max(sectors.length).default([]),
  capacity: z.number().int('un nombre entier est attendu').min(1, 'au moins 1').max(5000, 'au plus 5\u202f000'),
  registrationDeadline: dateTimeSchema.meta({ description: 'at or before startsAt' }),
  campaignId: objectIdSchema.nullable().default(null),
  participants: z.array(participantInputSchema).max(50, 'au plus 50 employeurs').default([]),
};

export const newRecruitmentEventBodySchema = z.strictObject(eventFields).meta({ id: 'NewRecruitmentEvent' });
export const recruitmentEventChangesBodySchema = z
  .strictObject({
    title: eventFields.title,
    description: multilineText(4000),
    startsAt: eventFields.startsAt,
    endsAt: eventFields.endsAt,
    place: eventFields.place,
    sectors: z.array(z.enum(sectors)).max(sectors.length),
    capacity: eventFields.capacity,
    registrationDeadline: eventFields.registrationDeadline,
    participants: z.array(participantInputSchema).max(50, 'au plus 50 employeurs'),
  })
  .partial()
  .meta({ id: 'RecruitmentEventChanges' });

export const eventStatusBodySchema = z
  .strictObject({ status: z.enum(['published', 'held', 'closed', 'cancelled']) })
  .meta({ id: 'RecruitmentEventStatusChange' });

export const eventListQuerySchema = z.strictObject({
  status: z.enum(recruitmentEventStatuses).optional(),
  campaignId: objectIdSchema.optional(),
  upcoming: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});

const figuresSchema = z
  .object({
    invited: z.number(),
    registered: z.number(),
    waitlisted: z.number(),
    declined: z.number(),
    attended: z.number(),
    noShows: z.number(),
    walkIns: z.number(),
    interviews: z.number(),
    hires: z.number(),
    trainings: z.number(),
    positiveOutcomes: z.number(),
    rates: z.object({
      registration: z.number().nullable(),
      attendance: z.number().nullable(),
      interview: z.number().nullable(),
      positiveOutcome: z.number().nullable(),
    }),
  })
  .meta({ id: 'EventFigures', description: 'rates are shares in [0, 1], null when their base is 0' });

export const recruitmentEventSchema = z
  .object({
    id: z.string(),
    territoryId: z.string(),
    organizerOrganizationId: z.string(),
    campaignId: z.string().nullable(),
    kind: z.enum(recruitmentEventKinds),
    title: z.string(),
    description: z.string(),
    startsAt: z.date(),
    endsAt: z.date(),
    place: placeSchema,
    sectors: z.array(z.enum(sectors)),
    capacity: z.number(),
    registrationDeadline: z.date(),
    status: z.enum(recruitmentEventStatuses),
    participants: z.array(
      z.object({
        organizationId: z.string(),
        organizationName: z.string(),
        offerIds: z.array(z.string()),
        status: z.enum(participationStatuses),
        answeredAt: z.date().nullable(),
      }),
    ),
    registered: z.number().meta({ description: 'places taken' }),
    waitlisted: z.number(),
    canManage: z.boolean().meta({ description: 'the caller organises it (edit, status, attendance)' }),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'RecruitmentEvent' });

export const recruitmentEventListSchema = z
  .object({ items: z.array(recruitmentEventSchema) })
  .meta({ id: 'RecruitmentEventList' });

export const participationBodySchema = z
  .strictObject({
    accept: z.boolean(),
    offerIds: z
      .array(objectIdSchema)
      .max(20, 'au plus 20 offres')
      .optional()
      .meta({ description: 'the offers brought (published offers of the caller); absent: unchanged' }),
  })
  .meta({ id: 'EventParticipationAnswer' });

const offerFitSchema = z.object({
  offerId: z.string(),
  offerTitle: z.string(),
  score: z.number(),
  met: z.array(z.string()),
  missing: z.array(z.string()),
});

export const inviteesSchema = z
  .object({
    items: z.array(
      z.object({
        candidateId: z.string(),
        firstName: z.string(),
        lastName: z.string(),
        consented: z.boolean().meta({ description: 'false: may be invited, never shown to an employer' }),
        reachable: z.enum(['sms', 'email', 'none']),
        fits: z.array(offerFitSchema),
        invitation: z.enum(invitationStatuses).nullable().meta({ description: 'already invited: its status' }),
      }),
    ),
    total: z.number().meta({ description: 'everyone who fits; items holds the best `limit` of them' }),
    computedInMs: z.number(),
  })
  .meta({ id: 'EventInvitees' });

export const inviteesQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export const inviteBodySchema = z
  .strictObject({
    candidateIds: z.array(objectIdSchema).min(1, 'choisissez au moins une personne').max(500, 'au plus 500 à la fois'),
  })
  .meta({ id: 'EventInviteRequest' });

export const inviteResultSchema = z
  .object({ invited: z.number(), alreadyInvited: z.number() })
  .meta({ id: 'EventInviteResult' });

export const attendanceSchema = z
  .object({
    items: z.array(
      z.object({
        invitationId: z.string(),
        candidateId: z.string().nullable(),
        name: z.string(),
        organizationName: z.string(),
        status: z.enum(invitationStatuses),
        walkIn: z.boolean(),
        checkedInAt: z.date().nullable(),
      }),
    ),
  })
  .meta({ id: 'EventAttendance' });

export const checkInBodySchema = z.strictObject({ present: z.boolean() }).meta({ id: 'EventCheckIn' });

export const walkInBodySchema = z
  .union([
    z.strictObject({ candidateId: objectIdSchema }),
    z.strictObject({ firstName: personName(80), lastName: personName(80), organizationId: objectIdSchema }),
  ])
  .meta({
    id: 'EventWalkIn',
    description: 'one of the caller’s people, or a person of another structure of the territory by name',
  });

export const invitationParamsSchema = z.strictObject({ id: objectIdSchema, invitationId: z.string().min(1).max(80) });

export const metPeopleSchema = z
  .object({
    items: z.array(
      z.object({
        candidateId: z.string(),
        profile: sharedProfileSchema,
        offerIds: z.array(z.string()).meta({ description: 'the caller’s offers of the event this person fits' }),
        matchId: z.string().nullable(),
        matchStatus: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'EventMetPeople', description: 'attendees who consented to be shared: the employer’s view only' });

export const eventInterviewBodySchema = z
  .strictObject({ candidateId: objectIdSchema, offerId: objectIdSchema })
  .meta({ id: 'EventInterviewRequest' });

export const eventFiguresSchema = z
  .object({
    eventId: z.string(),
    figures: figuresSchema,
    byEmployer: z.array(z.object({ organizationId: z.string(), organizationName: z.string(), figures: figuresSchema })),
  })
  .meta({ id: 'RecruitmentEventFigures' });

export const campaignBodySchema = z
  .strictObject({ name: lineText(150, { min: 3 }), from: dateTimeSchema, to: dateTimeSchema })
  .meta({ id: 'NewRecruitmentCampaign' });

export const campaignSchema = z
  .object({
    id: z.string(),
    territoryId: z.string(),
    name: z.string(),
    from: z.date(),
    to: z.date(),
    createdAt: z.date(),
  })
  .meta({ id: 'RecruitmentCampaign' });

export const campaignListSchema = z.object({ items: z.array(campaignSchema) }).meta({ id: 'RecruitmentCampaignList' });

export const campaignFiguresSchema = z
  .object({
    campaign: campaignSchema,
    figures: figuresSchema,
    byEvent: z.array(z.object({ eventId: z.string(), title: z.string(), startsAt: z.date(), figures: figuresSchema })),
    bySector: z.array(z.object({ sector: z.enum(sectors), figures: figuresSchema })),
    byEmployer: z.array(z.object({ organizationId: z.string(), organizationName: z.string(), figures: figuresSchema })),
  })
  .meta({ id: 'RecruitmentCampaignFigures' });

export const rsvpParamsSchema = z.strictObject({ token: z.string().min(10).max(400) });

export const rsvpViewSchema = z
  .object({
    firstName: z.string(),
    event: z.object({
      kind: z.enum(recruitmentEventKinds),
      title: z.string(),
      description: z.string(),
      startsAt: z.date(),
      endsAt: z.date(),
      place: placeSchema,
      employers: z.array(z.string()),
      status: z.enum(recruitmentEventStatuses),
    }),
    status: z.enum(invitationStatuses),
    open: z.boolean().meta({ description: 'the person may still answer' }),
  })
  .meta({ id: 'RsvpView', description: 'what a personal invitation link opens' });

export const rsvpAnswerBodySchema = z.strictObject({ answer: z.enum(['yes', 'no']) }).meta({ id: 'RsvpAnswer' });

export const territoryEmployersSchema = z
  .object({ items: z.array(z.object({ id: z.string(), name: z.string() })) })
  .meta({ id: 'TerritoryEmployers' });
