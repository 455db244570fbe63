import { Schema, Types, type Connection, type Model } from 'mongoose';
import type { Campaign } from '../../domain/recruitmentEvents/campaign';
import type { CampaignRepository } from '../../ports/CampaignRepository';

type CampaignDocument = Omit<Campaign, 'id'> & { _id: string };

const campaignSchema = new Schema<CampaignDocument>(
  {
    _id: { type: String, required: true },
    territoryId: { type: String, required: true },
    name: { type: String, required: true },
    from: { type: Date, required: true },
    to: { type: Date, required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'recruitmentCampaigns', versionKey: false },
);
campaignSchema.index({ territoryId: 1 });

const toCampaign = ({ _id, ...rest }: CampaignDocument): Campaign => ({ ...rest, id: _id });

export class MongoCampaignRepository implements CampaignRepository {
  private readonly model: Model<CampaignDocument>;

  constructor(connection: Connection) {
    this.model =
      (connection.models.RecruitmentCampaign as Model<CampaignDocument> | undefined) ??
      connection.model<CampaignDocument>('RecruitmentCampaign', campaignSchema);
  }

  async ensureIndexes(): Promise<void> {
    await this.model.createIndexes();
  }

  async create(campaign: Omit<Campaign, 'id' | 'createdAt'>, now: Date): Promise<Campaign> {
    const doc = { ...campaign, _id: new Types.ObjectId().toHexString(), createdAt: now };
    await this.model.collection.insertOne(doc as never);
    return toCampaign(doc);
  }

  async findInTerritory(territoryId: string, campaignId: string): Promise<Campaign | null> {
    const doc = await this.model.findById(campaignId).lean<CampaignDocument>();
    return doc && doc.territoryId === territoryId ? toCampaign(doc) : null;
  }

  async listInTerritory(territoryId: string): Promise<Campaign[]> {
    const docs = await this.model.find({ territoryId }).sort({ from: -1 }).limit(200).lean<CampaignDocument[]>();
    return docs.map(toCampaign);
  }
}
