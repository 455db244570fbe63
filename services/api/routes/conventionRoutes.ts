import type { CreateConvention } from '../../../shared/domain/reporting/conventions/useCases/createConvention';
import type { GetConventionProgress } from '../../../shared/domain/reporting/conventions/useCases/getConventionProgress';
import type { ListConventions } from '../../../shared/domain/reporting/conventions/useCases/listConventions';
import type { UpdateConvention } from '../../../shared/domain/reporting/conventions/useCases/updateConvention';
import { defineRoute, type RouteTarget } from '../http/defineRoute';
import { idParamsSchema, pageQuerySchema, pageSchema } from '../schemas/commonSchemas';
import {
  conventionChangesBodySchema,
  conventionSchema,
  conventionWithProgressSchema,
  newConventionBodySchema,
} from '../schemas/conventionSchemas';

const adminOnly = ['admin'] as const;
const readers = ['admin', 'adviser', 'employer'] as const;

/** The part of Dependencies['useCases'] these routes call. */
export interface ConventionUseCases {
  createConvention: CreateConvention;
  updateConvention: UpdateConvention;
  listConventions: ListConventions;
  getConventionProgress: GetConventionProgress;
}

export function registerConventionRoutes(target: RouteTarget, useCases: ConventionUseCases): void {
  defineRoute(target, {
    method: 'post',
    path: '/conventions',
    summary: 'Record a convention signed with partners of the caller’s territory, with its targets',
    tags: ['conventions'],
    access: adminOnly,
    body: newConventionBodySchema,
    success: { status: 201, description: 'created', schema: conventionSchema },
    handle: async ({ actor, body }) => ({
      status: 201,
      body: await useCases.createConvention.execute({ actor, convention: body }),
    }),
  });

  defineRoute(target, {
    method: 'get',
    path: '/conventions',
    summary:
      'Administrators: every convention of their territory; advisers and employers: those their organisation is a partner of',
    tags: ['conventions'],
    access: readers,
    query: pageQuerySchema,
    success: { status: 200, description: 'one page', schema: pageSchema(conventionSchema, 'ConventionPage') },
    handle: async ({ actor, query }) => ({
      status: 200,
      body: await useCases.listConventions.execute({ actor, page: query }),
    }),
  });

  defineRoute(target, {
    method: 'get',
    path: '/conventions/:id',
    summary: 'Read a convention with its progress today against each target (one the caller may not read is a 404)',
    tags: ['conventions'],
    access: readers,
    params: idParamsSchema,
    success: { status: 200, description: 'the convention and its progress', schema: conventionWithProgressSchema },
    problems: ['not_found'],
    handle: async ({ actor, params }) => ({
      status: 200,
      body: await useCases.getConventionProgress.execute({ actor, conventionId: params.id }),
    }),
  });

  defineRoute(target, {
    method: 'patch',
    path: '/conventions/:id',
    summary: 'Change fields of a convention of the caller’s territory (the whole convention is checked again)',
    tags: ['conventions'],
    access: adminOnly,
    params: idParamsSchema,
    body: conventionChangesBodySchema,
    success: { status: 200, description: 'the convention as changed', schema: conventionSchema },
    problems: ['not_found', 'conflict'],
    handle: async ({ actor, params, body }) => ({
      status: 200,
      body: await useCases.updateConvention.execute({ actor, conventionId: params.id, changes: body }),
    }),
  });
}
