import type { HealthCheck } from './HealthCheck';

/**
 * The search engine behind matching and search. This first cut carries only what the
 * foundation needs (readiness and shutdown); documents, filters, geo and facets come with the
 * catalog issue.
 */
export interface SearchEngine extends HealthCheck {
  close(): Promise<void>;
}
