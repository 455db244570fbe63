import type { Dependencies } from '../../../shared/wiring/buildDependencies';
import { defineRoute, type RouteTarget } from '../http/defineRoute';
import {
  newOrganizationBodySchema,
  newUserBodySchema,
  organizationSchema,
  userParamsSchema,
  userSchema,
} from '../schemas/accountSchemas';
import { idParamsSchema, pageQuerySchema, pageSchema } from '../schemas/commonSchemas';

const adminOnly = ['admin'] as const;

export function registerOrganizationRoutes(target: RouteTarget, useCases: Dependencies['useCases']): void {
  defineRoute(target, {
    method: 'post',
    path: '/organizations',
    summary: 'Create an employer or insertion organisation in the caller’s territory',
    tags: ['organizations'],
    access: adminOnly,
    body: newOrganizationBodySchema,
    success: { status: 201, description: 'created', schema: organizationSchema },
    handle: async ({ actor, body }) => ({
      status: 201,
      body: await useCases.createOrganization.execute({ actor, organization: body }),
    }),
  });

  defineRoute(target, {
    method: 'get',
    path: '/organizations',
    summary: 'List the organisations of the caller’s territory',
    tags: ['organizations'],
    access: adminOnly,
    query: pageQuerySchema,
    success: { status: 200, description: 'one page', schema: pageSchema(organizationSchema, 'OrganizationPage') },
    handle: async ({ actor, query }) => ({
      status: 200,
      body: await useCases.listOrganizations.execute({ actor, page: query }),
    }),
  });

  defineRoute(target, {
    method: 'post',
    path: '/organizations/:id/users',
    summary: 'Create a user in an organisation of the caller’s territory',
    tags: ['organizations'],
    access: adminOnly,
    params: idParamsSchema,
    body: newUserBodySchema,
    success: { status: 201, description: 'created', schema: userSchema },
    problems: ['not_found', 'conflict'],
    handle: async ({ actor, params, body }) => ({
      status: 201,
      body: await useCases.createUser.execute({ actor, organizationId: params.id, user: body }),
    }),
  });

  defineRoute(target, {
    method: 'get',
    path: '/organizations/:id/users',
    summary: 'List the users of an organisation: administrators, any of their territory; others, their own',
    tags: ['organizations'],
    access: ['admin', 'adviser', 'employer'],
    params: idParamsSchema,
    query: pageQuerySchema,
    success: { status: 200, description: 'one page', schema: pageSchema(userSchema, 'UserPage') },
    problems: ['not_found'],
    handle: async ({ actor, params, query }) => ({
      status: 200,
      body: await useCases.listUsers.execute({ actor, organizationId: params.id, page: query }),
    }),
  });

  defineRoute(target, {
    method: 'post',
    path: '/organizations/:id/users/:userId/deactivate',
    summary: 'Deactivate a user of an organisation of the caller’s territory (no sign-in, every session ends at once)',
    tags: ['organizations'],
    access: adminOnly,
    params: userParamsSchema,
    success: { status: 200, description: 'deactivated (again: unchanged)', schema: userSchema },
    problems: ['not_found', 'conflict'],
    handle: async ({ actor, params }) => ({
      status: 200,
      body: await useCases.deactivateUser.execute({ actor, organizationId: params.id, userId: params.userId }),
    }),
  });

  defineRoute(target, {
    method: 'post',
    path: '/organizations/:id/users/:userId/reactivate',
    summary: 'Let a deactivated user sign in again (the sessions deactivation ended stay ended)',
    tags: ['organizations'],
    access: adminOnly,
    params: userParamsSchema,
    success: { status: 200, description: 'active', schema: userSchema },
    problems: ['not_found'],
    handle: async ({ actor, params }) => ({
      status: 200,
      body: await useCases.reactivateUser.execute({ actor, organizationId: params.id, userId: params.userId }),
    }),
  });
}
