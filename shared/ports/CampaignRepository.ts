import type { Campaign } from '../domain/recruitmentEvents/campaign';

export interface CampaignRepository {
  create(campaign: Omit<Campaign, 'id' | 'createdAt'>, now: Date): Promise<Campaign>;
  findInTerritory(territoryId: string, campaignId: string): Promise<Campaign | null>;
  /** Latest first. */
  listInTerritory(territoryId: string): Promise<Campaign[]>;
}
