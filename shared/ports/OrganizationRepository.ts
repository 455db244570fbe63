import type { NewOrganization, Organization } from '../domain/accounts/organization';

export interface OrganizationRepository {
  create(organization: NewOrganization & { territoryId?: string }, createdAt: Date): Promise<Organization>;
  /** Tenant scoping: an organisation is found only within the territory that administers it. */
  findInTerritory(territoryId: string, organizationId: string): Promise<Organization | null>;
  findById(organizationId: string): Promise<Organization | null>;
  listInTerritory(territoryId: string, page: { limit: number; after?: string }): Promise<Organization[]>;
  findFirstTerritory(): Promise<Organization | null>;
}
