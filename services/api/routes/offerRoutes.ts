import type { Dependencies } from '../../../shared/wiring/buildDependencies';
import { defineRoute, type RouteTarget } from '../http/defineRoute';
import { idParamsSchema, pageSchema } from '../schemas/commonSchemas';
import {
  newOfferBodySchema,
  offerChangesBodySchema,
  offerListQuerySchema,
  offerSchema,
  offerSearchQuerySchema,
  offerSearchResultSchema,
} from '../schemas/offerSchemas';
import { nearFromQuery } from '../schemas/searchSchemas';

const employers = ['employer'] as const;
const readers = ['employer', 'adviser'] as const;

export function registerOfferRoutes(target: RouteTarget, useCases: Dependencies['useCases']): void {
  defineRoute(target, {
    method: 'post',
    path: '/offers',
    summary: 'Write an offer (a draft until published)',
    tags: ['offers'],
    access: employers,
    body: newOfferBodySchema,
    success: { status: 201, description: 'created as a draft', schema: offerSchema },
    problems: ['conflict'],
    handle: async ({ actor, body }) => {
      const { externalRef, ...offer } = body;
      return {
        status: 201,
        body: await useCases.createOffer.execute({ actor, offer, externalRef: externalRef ?? null }),
      };
    },
  });

  // Declared before /offers/:id so that "search" is never read as an id.
  defineRoute(target, {
    method: 'get',
    path: '/offers/search',
    summary: 'Search published offers: text, sector, ROME code, contract, radius around a commune, facets',
    tags: ['offers'],
    access: ['adviser'],
    query: offerSearchQuerySchema,
    success: { status: 200, description: 'best matches first', schema: offerSearchResultSchema },
    handle: async ({ query }) => ({
      status: 200,
      body: await useCases.searchOffers.execute({
        text: query.q,
        sectors: query.sector,
        romeCodes: query.rome,
        contractTypes: query.contract,
        near: nearFromQuery(query),
        limit: query.limit,
        offset: query.offset,
      }),
    }),
  });

  defineRoute(target, {
    method: 'get',
    path: '/offers',
    summary: 'Employers: their own offers; advisers: published offers',
    tags: ['offers'],
    access: readers,
    query: offerListQuerySchema,
    success: { status: 200, description: 'one page', schema: pageSchema(offerSchema, 'OfferPage') },
    handle: async ({ actor, query }) => ({
      status: 200,
      body: await useCases.listOffers.execute({
        actor,
        ...(query.status ? { status: query.status } : {}),
        page: { limit: query.limit, ...(query.after ? { after: query.after } : {}) },
      }),
    }),
  });

  defineRoute(target, {
    method: 'get',
    path: '/offers/:id',
    summary: 'Read an offer (another organisation’s offer, or an unpublished one for an adviser, is a 404)',
    tags: ['offers'],
    access: readers,
    params: idParamsSchema,
    success: { status: 200, description: 'the offer', schema: offerSchema },
    problems: ['not_found'],
    handle: async ({ actor, params }) => ({
      status: 200,
      body: await useCases.getOffer.execute({ actor, offerId: params.id }),
    }),
  });

  defineRoute(target, {
    method: 'patch',
    path: '/offers/:id',
    summary: 'Change fields of a draft or published offer',
    tags: ['offers'],
    access: employers,
    params: idParamsSchema,
    body: offerChangesBodySchema,
    success: { status: 200, description: 'the offer as changed', schema: offerSchema },
    problems: ['not_found', 'conflict'],
    handle: async ({ actor, params, body }) => ({
      status: 200,
      body: await useCases.updateOffer.execute({ actor, offerId: params.id, changes: body }),
    }),
  });

  defineRoute(target, {
    method: 'delete',
    path: '/offers/:id',
    summary: 'Delete a draft (a published offer is closed instead)',
    tags: ['offers'],
    access: employers,
    params: idParamsSchema,
    success: { status: 204, description: 'deleted' },
    problems: ['not_found', 'conflict'],
    handle: async ({ actor, params }) => {
      await useCases.deleteOffer.execute({ actor, offerId: params.id });
      return { status: 204 };
    },
  });

  defineRoute(target, {
    method: 'post',
    path: '/offers/:id/publish',
    summary: 'Publish a draft (idempotent); it ends at expiresAt, 60 days later by default',
    tags: ['offers'],
    access: employers,
    params: idParamsSchema,
    success: { status: 200, description: 'the published offer', schema: offerSchema },
    problems: ['not_found', 'conflict'],
    handle: async ({ actor, params }) => ({
      status: 200,
      body: await useCases.publishOffer.execute({ actor, offerId: params.id }),
    }),
  });

  defineRoute(target, {
    method: 'post',
    path: '/offers/:id/close',
    summary: 'Close a draft or published offer (idempotent)',
    tags: ['offers'],
    access: employers,
    params: idParamsSchema,
    success: { status: 200, description: 'the closed offer', schema: offerSchema },
    problems: ['not_found', 'conflict'],
    handle: async ({ actor, params }) => ({
      status: 200,
      body: await useCases.closeOffer.execute({ actor, offerId: params.id }),
    }),
  });
}
