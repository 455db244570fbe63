import { z } from 'zod';
import type { Dependencies } from '../../../shared/wiring/buildDependencies';
import { defineRoute, type RouteTarget } from '../http/defineRoute';
import {
  barrierChangesBodySchema,
  barrierParamsSchema,
  barrierSchema,
  candidateChangesBodySchema,
  candidateExportSchema,
  candidateListQuerySchema,
  candidateSchema,
  candidateSearchQuerySchema,
  candidateSearchResultSchema,
  caseloadPageSchema,
  caseloadQuerySchema,
  newBarrierBodySchema,
  newCandidateBodySchema,
} from '../schemas/candidateSchemas';
import { idParamsSchema, pageSchema } from '../schemas/commonSchemas';
import { nearFromQuery } from '../schemas/searchSchemas';

/** Candidate routes are for advisers of the owning organisation only: an employer gets 403 on each. */
const advisers = ['adviser'] as const;

export function registerCandidateRoutes(target: RouteTarget, useCases: Dependencies['useCases']): void {
  defineRoute(target, {
    method: 'post',
    path: '/candidates',
    summary: 'Record the profile of a person the organisation follows',
    tags: ['candidates'],
    access: advisers,
    body: newCandidateBodySchema,
    success: { status: 201, description: 'created', schema: candidateSchema },
    problems: ['conflict'],
    handle: async ({ actor, body }) => {
      const { shareWithEmployers, referentAdviserId, externalRef, ...candidate } = body;
      return {
        status: 201,
        body: await useCases.createCandidate.execute({
          actor,
          candidate,
          shareWithEmployers,
          referentAdviserId,
          externalRef: externalRef ?? null,
        }),
      };
    },
  });

  // Declared before /candidates/:id so that "search" is never read as an id.
  defineRoute(target, {
    method: 'get',
    path: '/candidates/search',
    summary: 'Search the profiles of the caller’s organisation',
    tags: ['candidates'],
    access: advisers,
    query: candidateSearchQuerySchema,
    success: { status: 200, description: 'best matches first', schema: candidateSearchResultSchema },
    handle: async ({ actor, query }) => ({
      status: 200,
      body: await useCases.searchCandidates.execute({
        actor,
        text: query.q,
        statuses: query.status,
        sectors: query.sector,
        romeCodes: query.rome,
        certifications: query.certification,
        near: nearFromQuery(query),
        limit: query.limit,
        offset: query.offset,
      }),
    }),
  });

  defineRoute(target, {
    method: 'get',
    path: '/candidates/caseload',
    summary:
      'The people the caller (or their organisation) follows, filtered, with their suggestions and matches counted',
    tags: ['candidates'],
    access: advisers,
    query: caseloadQuerySchema,
    success: { status: 200, description: 'by last name, then first name', schema: caseloadPageSchema },
    handle: async ({ actor, query }) => ({
      status: 200,
      body: await useCases.listCaseload.execute({
        actor,
        scope: query.scope,
        filter: {
          ...(query.q ? { name: query.q } : {}),
          ...(query.status ? { status: query.status } : {}),
          ...(query.sector ? { sector: query.sector } : {}),
          ...(query.consent ? { consentGiven: query.consent === 'given' } : {}),
          hasSuggestions: query.hasSuggestions,
          waitingForAnswer: query.waitingForAnswer,
        },
        page: { limit: query.limit, offset: query.offset },
      }),
    }),
  });

  defineRoute(target, {
    method: 'get',
    path: '/candidates',
    summary: 'List the profiles of the caller’s organisation',
    tags: ['candidates'],
    access: advisers,
    query: candidateListQuerySchema,
    success: { status: 200, description: 'one page', schema: pageSchema(candidateSchema, 'CandidatePage') },
    handle: async ({ actor, query }) => ({
      status: 200,
      body: await useCases.listCandidates.execute({
        actor,
        filter: {
          ...(query.status ? { status: query.status } : {}),
          ...(query.referentAdviserId ? { referentAdviserId: query.referentAdviserId } : {}),
        },
        page: { limit: query.limit, ...(query.after ? { after: query.after } : {}) },
      }),
    }),
  });

  defineRoute(target, {
    method: 'get',
    path: '/candidates/:id',
    summary: 'Read a profile of the caller’s organisation',
    tags: ['candidates'],
    access: advisers,
    params: idParamsSchema,
    success: { status: 200, description: 'the profile', schema: candidateSchema },
    problems: ['not_found'],
    handle: async ({ actor, params }) => ({
      status: 200,
      body: await useCases.getCandidate.execute({ actor, candidateId: params.id }),
    }),
  });

  defineRoute(target, {
    method: 'patch',
    path: '/candidates/:id',
    summary: 'Change fields of a profile (contact, mobility and availability merge field by field)',
    tags: ['candidates'],
    access: advisers,
    params: idParamsSchema,
    body: candidateChangesBodySchema,
    success: { status: 200, description: 'the profile as changed', schema: candidateSchema },
    problems: ['not_found'],
    handle: async ({ actor, params, body }) => {
      const { shareWithEmployers, referentAdviserId, ...changes } = body;
      return {
        status: 200,
        body: await useCases.updateCandidate.execute({
          actor,
          candidateId: params.id,
          changes,
          shareWithEmployers,
          referentAdviserId,
        }),
      };
    },
  });

  defineRoute(target, {
    method: 'delete',
    path: '/candidates/:id',
    summary: 'Erase a person: profile, barriers and search document (anonymous counts remain)',
    tags: ['candidates'],
    access: advisers,
    params: idParamsSchema,
    success: { status: 204, description: 'erased' },
    problems: ['not_found'],
    handle: async ({ actor, params }) => {
      await useCases.eraseCandidate.execute({ actor, candidateId: params.id });
      return { status: 204 };
    },
  });

  defineRoute(target, {
    method: 'get',
    path: '/candidates/:id/export',
    summary: 'Everything held on the person, as JSON (RGPD access and portability)',
    tags: ['candidates'],
    access: advisers,
    params: idParamsSchema,
    success: { status: 200, description: 'the export', schema: candidateExportSchema },
    problems: ['not_found'],
    handle: async ({ actor, params, res }) => {
      res.setHeader('Content-Disposition', `attachment; filename="passerelle-profil-${params.id}.json"`);
      return { status: 200, body: await useCases.exportCandidate.execute({ actor, candidateId: params.id }) };
    },
  });

  defineRoute(target, {
    method: 'get',
    path: '/candidates/:id/barriers',
    summary: 'The barriers to employment (freins) recorded for the person',
    tags: ['candidates'],
    access: advisers,
    params: idParamsSchema,
    success: { status: 200, description: 'all of them', schema: z.object({ items: z.array(barrierSchema) }) },
    problems: ['not_found'],
    handle: async ({ actor, params }) => ({
      status: 200,
      body: { items: await useCases.listBarriers.execute({ actor, candidateId: params.id }) },
    }),
  });

  defineRoute(target, {
    method: 'post',
    path: '/candidates/:id/barriers',
    summary: 'Record a barrier to employment (frein)',
    tags: ['candidates'],
    access: advisers,
    params: idParamsSchema,
    body: newBarrierBodySchema,
    success: { status: 201, description: 'recorded', schema: barrierSchema },
    problems: ['not_found'],
    handle: async ({ actor, params, body }) => ({
      status: 201,
      body: await useCases.addBarrier.execute({ actor, candidateId: params.id, barrier: body }),
    }),
  });

  defineRoute(target, {
    method: 'patch',
    path: '/candidates/:id/barriers/:barrierId',
    summary: 'Change the status or notes of a barrier',
    tags: ['candidates'],
    access: advisers,
    params: barrierParamsSchema,
    body: barrierChangesBodySchema,
    success: { status: 200, description: 'the barrier as changed', schema: barrierSchema },
    problems: ['not_found'],
    handle: async ({ actor, params, body }) => ({
      status: 200,
      body: await useCases.updateBarrier.execute({
        actor,
        candidateId: params.id,
        barrierId: params.barrierId,
        changes: body,
      }),
    }),
  });

  defineRoute(target, {
    method: 'delete',
    path: '/candidates/:id/barriers/:barrierId',
    summary: 'Remove a barrier',
    tags: ['candidates'],
    access: advisers,
    params: barrierParamsSchema,
    success: { status: 204, description: 'removed' },
    problems: ['not_found'],
    handle: async ({ actor, params }) => {
      await useCases.removeBarrier.execute({ actor, candidateId: params.id, barrierId: params.barrierId });
      return { status: 204 };
    },
  });
}
