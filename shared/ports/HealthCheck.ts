/** A dependency the service needs to be ready: the database, Redis, the search engine. */
export interface HealthCheck {
  readonly name: string;
  /** Resolves when reachable; rejects with the reason otherwise. */
  check(): Promise<void>;
}
