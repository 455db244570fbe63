import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import cors from 'cors';
import express, { Router, type Express } from 'express';
import helmet from 'helmet';
import { resolve } from 'node:path';
import swaggerUi from 'swagger-ui-express';
import type { Dependencies } from '../../shared/wiring/buildDependencies';
import type { RouteTarget } from './http/defineRoute';
import { errorHandler, sendProblem } from './http/errorHandler';
import { useFrenchValidationMessages } from './http/frenchValidationMessages';
import { problem } from './http/problemDetails';
import { requestLogging } from './http/requestLogging';
import { declaredRoutesOnly, RouteTable } from './http/routeTable';
import { serveWebApp } from './http/serveWebApp';
import { buildOpenApiDocument } from './openapi/buildOpenApiDocument';
import { apiBasePath, registerRoutes } from './registerRoutes';

/** Where `npm run web:build` writes the app. */
const webAppDir = resolve(__dirname, '../web/dist');

export function createApp(deps: Dependencies): Express {
  const { config, logger } = deps;
  useFrenchValidationMessages();
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);

  app.use(requestLogging(logger));
  app.use(helmet());
  app.use(cors({ origin: config.CORS_ALLOWED_ORIGINS, credentials: false }));

  const registry = new OpenAPIRegistry();
  const rootRouter = Router();
  const apiRouter = Router();
  const authentication = { accessTokens: deps.accessTokens, sessionRevocations: deps.sessionRevocations };
  const root: RouteTarget = { router: rootRouter, registry, ...authentication, basePath: '' };
  const api: RouteTarget = { router: apiRouter, registry, ...authentication, basePath: apiBasePath };

  registerRoutes({ root, api }, deps);

  const openApiDocument = buildOpenApiDocument(registry, config.PUBLIC_BASE_URL);
  apiRouter.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument);
  });

  app.use(declaredRoutesOnly(new RouteTable(registry, [{ method: 'get', path: `${apiBasePath}/openapi.json` }])));
  app.use(express.json({ limit: config.JSON_BODY_LIMIT }));
  app.use(rootRouter);
  app.use(apiBasePath, apiRouter);
  // Swagger UI loads only same-origin scripts, so it runs under the API's strict CSP.
  app.use('/docs', swaggerUi.serve, swaggerUi.setup(openApiDocument));

  app.use(serveWebApp(webAppDir));

  app.use((req, res) => {
    sendProblem(res, problem('not_found', { detail: `Aucune route ${req.method} ${req.path}.` }));
  });
  app.use(errorHandler(logger));
  return app;
}
