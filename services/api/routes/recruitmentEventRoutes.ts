import type { Dependencies } from '../../../shared/wiring/buildDependencies';
import { defineRoute, type RouteTarget } from '../http/defineRoute';
import { idParamsSchema } from '../schemas/commonSchemas';
import {
  attendanceSchema,
  campaignBodySchema,
  campaignFiguresSchema,
  campaignListSchema,
  campaignSchema,
  checkInBodySchema,
  eventFiguresSchema,
  eventInterviewBodySchema,
  eventListQuerySchema,
  eventStatusBodySchema,
  invitationParamsSchema,
  inviteBodySchema,
  inviteesQuerySchema,
  inviteesSchema,
  inviteResultSchema,
  metPeopleSchema,
  newRecruitmentEventBodySchema,
  participationBodySchema,
  recruitmentEventChangesBodySchema,
  recruitmentEventListSchema,
  recruitmentEventSchema,
  rsvpAnswerBodySchema,
  rsvpParamsSchema,
  rsvpViewSchema,
  territoryEmployersSchema,
  walkInBodySchema,
} from '../schemas/recruitmentEventSchemas';
import { matchViewSchema } from '../schemas/matchViewSchemas';

const organisers = ['adviser', 'admin'] as const;
const readers = ['adviser', 'admin', 'employer'] as const;
const tags = ['recruitment events'];

/** Job datings, forums, company visits: the organisers', the advisers', the employers' and the invitees' routes. */
export function registerRecruitmentEventRoutes(target: RouteTarget, useCases: Dependencies['useCases']): void {
  defineRoute(target, {
    method: 'post',
    path: '/recruitment-events',
    summary: 'Organise an event (a draft) for the caller’s structure, or the territory for an administrator',
    tags,
    access: organisers,
    body: newRecruitmentEventBodySchema,
    success: { status: 201, description: 'created, as a draft', schema: recruitmentEventSchema },
    problems: ['not_found'],
    handle: async ({ actor, body }) => ({
      status: 201,
      body: await useCases.createRecruitmentEvent.execute({ actor, event: body }),
    }),
  });

  defineRoute(target, {
    method: 'get',
    path: '/recruitment-events',
    summary:
      'Advisers and administrators: the events of their territory (drafts of their own structure only); employers: those they are asked to',
    tags,
    access: readers,
    query: eventListQuerySchema,
    success: { status: 200, description: 'soonest first', schema: recruitmentEventListSchema },
    handle: async ({ actor, query }) => ({
      status: 200,
      body: { items: await useCases.listRecruitmentEvents.execute({ actor, filter: query }) },
    }),
  });

  defineRoute(target, {
    method: 'get',
    path: '/territory/employers',
    summary: 'The employers of the caller’s territory (id and name), for an organiser to ask to an event',
    tags,
    access: organisers,
    success: { status: 200, description: 'by name', schema: territoryEmployersSchema },
    handle: async ({ actor }) => ({
      status: 200,
      body: { items: await useCases.listTerritoryEmployers.execute({ actor }) },
    }),
  });

  defineRoute(target, {
    method: 'get',
    path: '/recruitment-events/:id',
    summary: 'Read one event (one the caller may not read is a 404)',
    tags,
    access: readers,
    params: idParamsSchema,
    success: { status: 200, description: 'the event', schema: recruitmentEventSchema },
    problems: ['not_found'],
    handle: async ({ actor, params }) => ({
      status: 200,
      body: await useCases.getRecruitmentEvent.execute({ actor, eventId: params.id }),
    }),
  });

  defineRoute(target, {
    method: 'patch',
    path: '/recruitment-events/:id',
    summary: 'Change an event the caller organises; a change of time or place is told to the people registered',
    tags,
    access: organisers,
    params: idParamsSchema,
    body: recruitmentEventChangesBodySchema,
    success: { status: 200, description: 'the event as changed', schema: recruitmentEventSchema },
    problems: ['not_found', 'conflict'],
    handle: async ({ actor, params, body }) => ({
      status: 200,
      body: await useCases.updateRecruitmentEvent.execute({ actor, eventId: params.id, changes: body }),
    }),
  });

  defineRoute(target, {
    method: 'post',
    path: '/recruitment-events/:id/status',
    summary:
      'Publish, mark held (those registered and not checked in become no-shows), close or cancel (the people registered are told)',
    tags,
    access: organisers,
    params: idParamsSchema,
    body: eventStatusBodySchema,
    success: { status: 200, description: 'the event', schema: recruitmentEventSchema },
    problems: ['not_found', 'conflict'],
    handle: async ({ actor, params, body }) => ({
      status: 200,
      body: await useCases.changeRecruitmentEventStatus.execute({ actor, eventId: params.id, status: body.status }),
    }),
  });

  defineRoute(target, {
    method: 'post',
    path: '/recruitment-events/:id/participation',
    summary: 'An employer asked to take part accepts (with the offers it brings) or declines',
    tags,
    access: ['employer'],
    params: idParamsSchema,
    body: participationBodySchema,
    success: { status: 200, description: 'the event', schema: recruitmentEventSchema },
    problems: ['not_found', 'conflict'],
    handle: async ({ actor, params, body }) => ({
      status: 200,
      body: await useCases.answerEventParticipation.execute({ actor, eventId: params.id, answer: body }),
    }),
  });

  defineRoute(target, {
    method: 'get',
    path: '/recruitment-events/:id/invitees',
    summary:
      'The people of the caller’s structure who fit at least one offer of the event and can come, best first, with the offers and why',
    tags,
    access: ['adviser'],
    params: idParamsSchema,
    query: inviteesQuerySchema,
    success: { status: 200, description: 'ranked invitees', schema: inviteesSchema },
    problems: ['not_found', 'conflict'],
    handle: async ({ actor, params, query }) => ({
      status: 200,
      body: await useCases.listEventInvitees.execute({ actor, eventId: params.id, limit: query.limit }),
    }),
  });

  defineRoute(target, {
    method: 'post',
    path: '/recruitment-events/:id/invitations',
    summary: 'Invite people of the caller’s structure (by SMS, else e-mail, with their personal answer link)',
    tags,
    access: ['adviser'],
    params: idParamsSchema,
    body: inviteBodySchema,
    success: { status: 200, description: 'how many were invited now', schema: inviteResultSchema },
    problems: ['not_found', 'conflict'],
    handle: async ({ actor, params, body }) => ({
      status: 200,
      body: await useCases.inviteToEvent.execute({ actor, eventId: params.id, candidateIds: body.candidateIds }),
    }),
  });

  defineRoute(target, {
    method: 'get',
    path: '/recruitment-events/:id/attendance',
    summary: 'The attendance list: every invitation for the organiser, the caller’s own people for another structure',
    tags,
    access: organisers,
    params: idParamsSchema,
    success: { status: 200, description: 'by name', schema: attendanceSchema },
    problems: ['not_found'],
    handle: async ({ actor, params }) => ({
      status: 200,
      body: await useCases.listEventAttendance.execute({ actor, eventId: params.id }),
    }),
  });

  defineRoute(target, {
    method: 'post',
    path: '/recruitment-events/:id/attendance/:invitationId',
    summary: 'Check someone in on the day (or undo it)',
    tags,
    access: organisers,
    params: invitationParamsSchema,
    body: checkInBodySchema,
    success: { status: 200, description: 'the list', schema: attendanceSchema },
    problems: ['not_found', 'conflict'],
    handle: async ({ actor, params, body }) => ({
      status: 200,
      body: await useCases.checkInAttendee.execute({
        actor,
        eventId: params.id,
        invitationId: params.invitationId,
        present: body.present,
      }),
    }),
  });

  defineRoute(target, {
    method: 'post',
    path: '/recruitment-events/:id/walk-ins',
    summary: 'Add someone who came without being registered, checked in at once',
    tags,
    access: organisers,
    params: idParamsSchema,
    body: walkInBodySchema,
    success: { status: 200, description: 'the list', schema: attendanceSchema },
    problems: ['not_found', 'conflict'],
    handle: async ({ actor, params, body }) => ({
      status: 200,
      body: await useCases.addWalkIn.execute({ actor, eventId: params.id, walkIn: body }),
    }),
  });

  defineRoute(target, {
    method: 'get',
    path: '/recruitment-events/:id/met-people',
    summary: 'After the event, the people the employer met who consented to be shared (employer view only)',
    tags,
    access: ['employer'],
    params: idParamsSchema,
    success: { status: 200, description: 'the people met', schema: metPeopleSchema },
    problems: ['not_found'],
    handle: async ({ actor, params }) => ({
      status: 200,
      body: await useCases.listMetPeople.execute({ actor, eventId: params.id }),
    }),
  });

  defineRoute(target, {
    method: 'post',
    path: '/recruitment-events/:id/interview-requests',
    summary: 'Ask to interview someone met at the event: creates or advances the match in the pipeline',
    tags,
    access: ['employer'],
    params: idParamsSchema,
    body: eventInterviewBodySchema,
    success: { status: 200, description: 'the match', schema: matchViewSchema },
    problems: ['not_found', 'conflict'],
    handle: async ({ actor, params, body }) => ({
      status: 200,
      body: await useCases.requestInterviewAfterEvent.execute({ actor, eventId: params.id, ...body }),
    }),
  });

  defineRoute(target, {
    method: 'get',
    path: '/recruitment-events/:id/figures',
    summary: 'Invited, registered, attended, no-shows, interviews, hires and trainings within 3 months, and rates',
    tags,
    access: organisers,
    params: idParamsSchema,
    success: { status: 200, description: 'the event’s figures', schema: eventFiguresSchema },
    problems: ['not_found'],
    handle: async ({ actor, params }) => ({
      status: 200,
      body: await useCases.getEventFigures.execute({ actor, eventId: params.id }),
    }),
  });

  defineRoute(target, {
    method: 'post',
    path: '/recruitment-campaigns',
    summary: 'Name a series of events of the territory over a period',
    tags,
    access: organisers,
    body: campaignBodySchema,
    success: { status: 201, description: 'created', schema: campaignSchema },
    handle: async ({ actor, body }) => ({
      status: 201,
      body: await useCases.createCampaign.execute({ actor, campaign: body }),
    }),
  });

  defineRoute(target, {
    method: 'get',
    path: '/recruitment-campaigns',
    summary: 'The campaigns of the caller’s territory, latest first',
    tags,
    access: organisers,
    success: { status: 200, description: 'the campaigns', schema: campaignListSchema },
    handle: async ({ actor }) => ({ status: 200, body: { items: await useCases.listCampaigns.execute({ actor }) } }),
  });

  defineRoute(target, {
    method: 'get',
    path: '/recruitment-campaigns/:id/figures',
    summary: 'A campaign’s totals, per event, per sector and per employer',
    tags,
    access: organisers,
    params: idParamsSchema,
    success: { status: 200, description: 'the figures', schema: campaignFiguresSchema },
    problems: ['not_found'],
    handle: async ({ actor, params }) => ({
      status: 200,
      body: await useCases.getCampaignFigures.execute({ actor, campaignId: params.id }),
    }),
  });

  defineRoute(target, {
    method: 'get',
    path: '/rsvp/:token',
    summary: 'What a personal invitation link opens (404 when forged, expired or unknown)',
    tags,
    access: 'public',
    params: rsvpParamsSchema,
    success: { status: 200, description: 'the invitation', schema: rsvpViewSchema },
    problems: ['not_found'],
    handle: async ({ params }) => ({ status: 200, body: await useCases.getRsvp.execute({ token: params.token }) }),
  });

  defineRoute(target, {
    method: 'post',
    path: '/rsvp/:token',
    summary: 'Answer « je viens » or « je ne viens pas »: registered while places remain, else on the waiting list',
    tags,
    access: 'public',
    params: rsvpParamsSchema,
    body: rsvpAnswerBodySchema,
    success: { status: 200, description: 'the invitation after the answer', schema: rsvpViewSchema },
    problems: ['not_found', 'conflict'],
    handle: async ({ params, body }) => ({
      status: 200,
      body: await useCases.answerRsvp.execute({ token: params.token, answer: body.answer }),
    }),
  });
}
