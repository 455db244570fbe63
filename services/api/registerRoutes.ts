import { registerConventionRoutes } from './routes/conventionRoutes';
import { registerReportingRoutes } from './routes/reportingRoutes';
import type { Dependencies } from '../../shared/wiring/buildDependencies';
import type { RouteTarget } from './http/defineRoute';
import { browserSessionSettings } from './http/browserSession';
import { registerAccountLinkRoutes } from './routes/accountLinkRoutes';
import { registerAuthRoutes } from './routes/authRoutes';
import { registerBrowserSessionRoutes } from './routes/browserSessionRoutes';
import { registerCandidateRoutes } from './routes/candidateRoutes';
import { registerHealthRoutes } from './routes/healthRoutes';
import { registerMatchRoutes } from './routes/matchRoutes';
import { registerNotificationRoutes } from './routes/notificationRoutes';
import { registerOfferRoutes } from './routes/offerRoutes';
import { registerOrganizationRoutes } from './routes/organizationRoutes';
import { registerProviderWebhookRoutes } from './routes/providerWebhookRoutes';
import { registerRecruitmentEventRoutes } from './routes/recruitmentEventRoutes';
import { registerReferenceRoutes } from './routes/referenceRoutes';
import { registerSuggestionRoutes } from './routes/suggestionRoutes';
import { registerWebhookRoutes } from './routes/webhookRoutes';

export const apiBasePath = '/api/v1';

/**
 * Every route of the API, declared once: mounted on the routers and registered in the OpenAPI
 * document. The document's writer (openapi/writeOpenApiTypes.ts) runs this without a server.
 */
export function registerRoutes(
  targets: { root: RouteTarget; api: RouteTarget },
  deps: Pick<Dependencies, 'useCases' | 'healthChecks' | 'logger'> & {
    config: Pick<Dependencies['config'], 'PUBLIC_BASE_URL' | 'CORS_ALLOWED_ORIGINS'>;
  },
): void {
  const { root, api } = targets;
  const { PUBLIC_BASE_URL, CORS_ALLOWED_ORIGINS } = deps.config;
  registerHealthRoutes(root, deps.healthChecks, deps.logger);
  registerAuthRoutes(api, deps.useCases);
  registerBrowserSessionRoutes(api, deps.useCases, browserSessionSettings(PUBLIC_BASE_URL, CORS_ALLOWED_ORIGINS));
  registerOrganizationRoutes(api, deps.useCases);
  registerAccountLinkRoutes(api, deps.useCases);
  registerReferenceRoutes(api, deps.useCases);
  registerOfferRoutes(api, deps.useCases);
  registerCandidateRoutes(api, deps.useCases);
  registerSuggestionRoutes(api, deps.useCases);
  registerMatchRoutes(api, deps.useCases);
  registerNotificationRoutes(api, deps.useCases);
  registerWebhookRoutes(api, deps.useCases);
  registerProviderWebhookRoutes(api, deps.useCases);
  registerReportingRoutes(api, deps.useCases);
  registerConventionRoutes(api, deps.useCases);
  registerRecruitmentEventRoutes(api, deps.useCases);
}
