import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import { pino } from 'pino';
import type { Dependencies } from '../../../shared/wiring/buildDependencies';
import type { RouteTarget } from '../http/defineRoute';
import { apiBasePath, registerRoutes } from '../registerRoutes';
import { buildOpenApiDocument } from './buildOpenApiDocument';

/** Stands for a dependency a route only calls when it handles a request: never, here. */
function notCalled<T extends object>(what: string): T {
  return new Proxy({} as T, {
    get: (): object => notCalled(what),
    apply: () => {
      throw new Error(`${what} is not available: this document is built without a server`);
    },
  });
}

/** The API's OpenAPI document from the route declarations alone: no database, no Redis, no server. */
export function apiDocument(serverUrl: string) {
  const registry = new OpenAPIRegistry();
  const target = (basePath: string): RouteTarget => ({
    router: Router(),
    registry,
    accessTokens: notCalled('accessTokens'),
    sessionRevocations: notCalled('sessionRevocations'),
    basePath,
  });
  registerRoutes(
    { root: target(''), api: target(apiBasePath) },
    {
      useCases: notCalled<Dependencies['useCases']>('useCases'),
      healthChecks: [],
      logger: pino({ level: 'silent' }),
      config: { PUBLIC_BASE_URL: serverUrl, CORS_ALLOWED_ORIGINS: [] },
    },
  );
  return buildOpenApiDocument(registry, serverUrl);
}
