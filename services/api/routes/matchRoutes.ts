import type { Dependencies } from '../../../shared/wiring/buildDependencies';
import { defineRoute, type RouteTarget } from '../http/defineRoute';
import { idParamsSchema, pageSchema } from '../schemas/commonSchemas';
import { matchListQuerySchema, newMatchBodySchema, transitionBodySchema } from '../schemas/matchSchemas';
import { matchViewSchema } from '../schemas/matchViewSchemas';

const parties = ['adviser', 'employer'] as const;

export function registerMatchRoutes(target: RouteTarget, useCases: Dependencies['useCases']): void {
  defineRoute(target, {
    method: 'post',
    path: '/matches',
    summary: 'Take a person into the pipeline for a published offer (status suggested); the existing match if any',
    tags: ['pipeline'],
    access: ['adviser'],
    body: newMatchBodySchema,
    success: { status: 201, description: 'created', schema: matchViewSchema },
    otherSuccesses: [{ status: 200, description: 'the match that already existed', schema: matchViewSchema }],
    problems: ['not_found', 'conflict'],
    handle: async ({ actor, body }) => {
      const { match, created } = await useCases.startMatch.execute({ actor, ...body });
      return { status: created ? 201 : 200, body: await useCases.getMatch.execute({ actor, matchId: match.id }) };
    },
  });

  defineRoute(target, {
    method: 'get',
    path: '/matches',
    summary: 'Matches by offer, person and status: advisers, their people’s; employers, proposals to their offers',
    tags: ['pipeline'],
    access: parties,
    query: matchListQuerySchema,
    success: { status: 200, description: 'one page', schema: pageSchema(matchViewSchema, 'MatchPage') },
    handle: async ({ actor, query }) => ({
      status: 200,
      body: await useCases.listMatches.execute({
        actor,
        offerId: query.offerId,
        candidateId: query.candidateId,
        referentAdviserId: query.referentAdviserId,
        statuses: query.status,
        page: { limit: query.limit, ...(query.after ? { after: query.after } : {}) },
      }),
    }),
  });

  defineRoute(target, {
    method: 'get',
    path: '/matches/:id',
    summary: 'A match with its full history and the actions the reader may take',
    tags: ['pipeline'],
    access: parties,
    params: idParamsSchema,
    success: { status: 200, description: 'the match', schema: matchViewSchema },
    handle: async ({ actor, params }) => ({
      status: 200,
      body: await useCases.getMatch.execute({ actor, matchId: params.id }),
    }),
  });

  defineRoute(target, {
    method: 'post',
    path: '/matches/:id/transitions',
    summary: 'One step of the pipeline; an illegal one is a 409 listing the allowed actions',
    tags: ['pipeline'],
    access: parties,
    params: idParamsSchema,
    body: transitionBodySchema,
    success: {
      status: 200,
      description: 'the match after the step (unchanged for a repeated request)',
      schema: matchViewSchema,
    },
    problems: ['conflict'],
    handle: async ({ actor, params, body }) => {
      const match = await useCases.transitionMatch.execute({ actor, matchId: params.id, request: body });
      return { status: 200, body: await useCases.getMatch.execute({ actor, matchId: match.id }) };
    },
  });
}
