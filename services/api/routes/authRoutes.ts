import type { Dependencies } from '../../../shared/wiring/buildDependencies';
import { defineRoute, type RouteTarget } from '../http/defineRoute';
import {
  loginBodySchema,
  meSchema,
  passwordChangeBodySchema,
  refreshBodySchema,
  sessionTokensSchema,
} from '../schemas/accountSchemas';

export function registerAuthRoutes(target: RouteTarget, useCases: Dependencies['useCases']): void {
  defineRoute(target, {
    method: 'post',
    path: '/auth/login',
    summary: 'Log in with email and password',
    tags: ['auth'],
    access: 'public',
    body: loginBodySchema,
    success: { status: 200, description: 'session opened', schema: sessionTokensSchema },
    problems: ['unauthenticated', 'too_many_requests'],
    handle: async ({ body, req }) => ({
      status: 200,
      body: await useCases.login.execute({
        ...body,
        ip: req.ip ?? 'unknown',
        userAgent: req.get('user-agent') ?? '',
      }),
    }),
  });

  defineRoute(target, {
    method: 'post',
    path: '/auth/refresh',
    summary: 'Exchange a refresh token for new tokens (the old one is rotated)',
    tags: ['auth'],
    access: 'public',
    body: refreshBodySchema,
    success: { status: 200, description: 'session renewed', schema: sessionTokensSchema },
    problems: ['unauthenticated'],
    handle: async ({ body }) => ({ status: 200, body: await useCases.refreshSession.execute(body) }),
  });

  defineRoute(target, {
    method: 'post',
    path: '/auth/logout',
    summary: 'End the session the refresh token belongs to',
    tags: ['auth'],
    access: 'authenticated',
    body: refreshBodySchema,
    success: { status: 204, description: 'session ended' },
    handle: async ({ actor, body }) => {
      await useCases.logout.execute({ actor, refreshToken: body.refreshToken });
      return { status: 204 };
    },
  });

  defineRoute(target, {
    method: 'get',
    path: '/me',
    summary: 'The calling user and their organisation',
    tags: ['auth'],
    access: 'authenticated',
    success: { status: 200, description: 'the caller', schema: meSchema },
    handle: async ({ actor }) => ({ status: 200, body: await useCases.getCurrentUser.execute(actor) }),
  });

  defineRoute(target, {
    method: 'post',
    path: '/me/password',
    summary: 'Change one’s own password (every session ends; the user is told by e-mail)',
    tags: ['auth'],
    access: 'authenticated',
    body: passwordChangeBodySchema,
    success: { status: 204, description: 'password changed, sessions ended' },
    problems: ['validation', 'not_found', 'too_many_requests'],
    handle: async ({ actor, body, req }) => {
      await useCases.changePassword.execute({ actor, ...body, ip: req.ip ?? 'unknown' });
      return { status: 204 };
    },
  });
}
