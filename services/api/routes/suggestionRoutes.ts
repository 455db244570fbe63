import type { Dependencies } from '../../../shared/wiring/buildDependencies';
import { defineRoute, type RouteTarget } from '../http/defineRoute';
import { idParamsSchema } from '../schemas/commonSchemas';
import {
  candidateSuggestionsSchema,
  fitAnswerSchema,
  fitQuerySchema,
  offerSuggestionsSchema,
  refreshAcceptedSchema,
  suggestionQuerySchema,
} from '../schemas/suggestionSchemas';

// Suggestions are for advisers to review; employers see only the people proposed to them (pipeline).
const advisers = ['adviser'] as const;

export function registerSuggestionRoutes(target: RouteTarget, useCases: Dependencies['useCases']): void {
  defineRoute(target, {
    method: 'get',
    path: '/offers/:id/suggestions',
    summary:
      'People of the adviser’s organisation suggested for a published offer, with score breakdown and explanation',
    tags: ['matching'],
    access: advisers,
    params: idParamsSchema,
    query: suggestionQuerySchema,
    success: { status: 200, description: 'best first; stale ones last', schema: offerSuggestionsSchema },
    handle: async ({ actor, params, query }) => ({
      status: 200,
      body: await useCases.getOfferSuggestions.execute({ actor, offerId: params.id, ...query }),
    }),
  });

  defineRoute(target, {
    method: 'get',
    path: '/candidates/:id/suggestions',
    summary: 'Published offers suggested for a person the adviser’s organisation follows',
    tags: ['matching'],
    access: advisers,
    params: idParamsSchema,
    query: suggestionQuerySchema,
    success: { status: 200, description: 'best first; stale ones last', schema: candidateSuggestionsSchema },
    handle: async ({ actor, params, query }) => ({
      status: 200,
      body: await useCases.getCandidateSuggestions.execute({ actor, candidateId: params.id, ...query }),
    }),
  });

  defineRoute(target, {
    method: 'get',
    path: '/candidates/:id/fit',
    summary:
      'Why (not) this person for this published offer: the hard constraints that fail, else the score computed now',
    tags: ['matching'],
    access: advisers,
    params: idParamsSchema,
    query: fitQuerySchema,
    success: { status: 200, description: 'the answer; nothing is written', schema: fitAnswerSchema },
    problems: ['not_found'],
    handle: async ({ actor, params, query }) => ({
      status: 200,
      body: await useCases.explainFit.execute({ actor, candidateId: params.id, offerId: query.offerId }),
    }),
  });

  for (const entity of ['offer', 'candidate'] as const) {
    defineRoute(target, {
      method: 'post',
      path: `/${entity}s/:id/suggestions/refresh`,
      summary: `Recompute the suggestions of ${entity === 'offer' ? 'an offer' : 'a person'} now`,
      tags: ['matching'],
      access: advisers,
      params: idParamsSchema,
      success: { status: 202, description: 'the job is queued', schema: refreshAcceptedSchema },
      problems: ['not_found', 'too_many_requests'],
      handle: async ({ actor, params }) => ({
        status: 202,
        body: await useCases.refreshSuggestions.execute({ actor, entity, id: params.id }),
      }),
    });
  }
}
