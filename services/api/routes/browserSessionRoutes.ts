import { UnauthenticatedError } from '../../../shared/domain/errors';
import type { Dependencies } from '../../../shared/wiring/buildDependencies';
import {
  checkWebClient,
  endBrowserSession,
  refreshTokenFromCookie,
  startBrowserSession,
  type BrowserSessionSettings,
} from '../http/browserSession';
import { browserReuseGraceMs } from '../../../shared/domain/accounts/useCases/refreshSession';
import { defineRoute, type RouteTarget } from '../http/defineRoute';
import { browserSessionSchema, loginBodySchema } from '../schemas/accountSchemas';

const description =
  'For the web app: the refresh token travels in an HttpOnly, SameSite=Strict cookie scoped to /api/v1/auth; ' +
  'requires the header `X-Passerelle-Client: web` and, when sent, the app’s Origin. API clients use /auth/login.';

/** Sign-in, silent renewal and sign-out of the web app (services/api/http/browserSession.ts). */
export function registerBrowserSessionRoutes(
  target: RouteTarget,
  useCases: Dependencies['useCases'],
  settings: BrowserSessionSettings,
): void {
  defineRoute(target, {
    method: 'post',
    path: '/auth/browser/login',
    summary: 'Sign in from the web app',
    description,
    tags: ['auth'],
    access: 'public',
    body: loginBodySchema,
    success: { status: 200, description: 'signed in; the refresh cookie is set', schema: browserSessionSchema },
    problems: ['unauthenticated', 'forbidden', 'too_many_requests'],
    handle: async ({ body, req, res }) => {
      checkWebClient(req, settings);
      const tokens = await useCases.login.execute({
        ...body,
        ip: req.ip ?? 'unknown',
        userAgent: req.get('user-agent') ?? '',
      });
      return { status: 200, body: startBrowserSession(res, tokens, settings) };
    },
  });

  defineRoute(target, {
    method: 'post',
    path: '/auth/browser/refresh',
    summary: 'Renew the web app’s access token from its refresh cookie (rotated)',
    description,
    tags: ['auth'],
    access: 'public',
    success: { status: 200, description: 'renewed; the refresh cookie is replaced', schema: browserSessionSchema },
    problems: ['unauthenticated', 'forbidden'],
    handle: async ({ req, res }) => {
      checkWebClient(req, settings);
      const refreshToken = refreshTokenFromCookie(req);
      if (!refreshToken) throw new UnauthenticatedError('Aucune session ouverte dans ce navigateur.');
      try {
        return {
          status: 200,
          body: startBrowserSession(
            res,
            await useCases.refreshSession.execute({ refreshToken, reuseGraceMs: browserReuseGraceMs }),
            settings,
          ),
        };
      } catch (error) {
        endBrowserSession(res, settings);
        throw error;
      }
    },
  });

  defineRoute(target, {
    method: 'post',
    path: '/auth/browser/logout',
    summary: 'Sign out of the web app: the session and its tokens end',
    description,
    tags: ['auth'],
    access: 'public',
    success: { status: 204, description: 'signed out; the refresh cookie is cleared' },
    problems: ['forbidden'],
    handle: async ({ req, res }) => {
      checkWebClient(req, settings);
      const refreshToken = refreshTokenFromCookie(req);
      if (refreshToken) await useCases.logout.execute({ refreshToken });
      endBrowserSession(res, settings);
      return { status: 204 };
    },
  });
}
