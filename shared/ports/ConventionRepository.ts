import type { PageRequest } from '../domain/common/page';
import type { Convention, ConventionContent } from '../domain/reporting/conventions/convention';

export interface NewConvention extends ConventionContent {
  territoryId: string;
  createdBy: string;
}

/** Conventions belong to a territory; its partners read them too, so every read is scoped to one or the other. */
export interface ConventionRepository {
  create(convention: NewConvention, now: Date): Promise<Convention>;
  /** Tenant scoping: a convention is found only within the territory that signed it. */
  findInTerritory(territoryId: string, conventionId: string): Promise<Convention | null>;
  /** The convention when this organisation is one of its partners; null otherwise. */
  findForPartner(organizationId: string, conventionId: string): Promise<Convention | null>;
  listInTerritory(territoryId: string, page: PageRequest): Promise<Convention[]>;
  /** The conventions this organisation is a partner of, paged on id. */
  listForPartner(organizationId: string, page: PageRequest): Promise<Convention[]>;
  /**
   * Replaces the content when the convention still has `expectedVersion`, bumping it; null when it
   * does not exist in the territory or was written since (optimistic concurrency, no transaction).
   */
  update(
    territoryId: string,
    conventionId: string,
    content: ConventionContent,
    expectedVersion: number,
    now: Date,
  ): Promise<Convention | null>;
}
