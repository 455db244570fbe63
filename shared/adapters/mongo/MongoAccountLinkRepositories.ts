import { Schema, type Connection, type Model } from 'mongoose';
import type { Invitation, PasswordReset } from '../../domain/accounts/accountLinks';
import type { InvitationRepository, PasswordResetRepository } from '../../ports/AccountLinkRepositories';

type InvitationDocument = Omit<Invitation, 'id'> & { _id: string };
type PasswordResetDocument = Omit<PasswordReset, 'id'> & { _id: string };

// Read by id only (the link's token names it): no secondary index.
const invitationSchema = new Schema<InvitationDocument>(
  {
    _id: { type: String, required: true },
    organizationId: { type: String, required: true },
    email: { type: String, required: true },
    displayName: { type: String, required: true },
    role: { type: String, required: true },
    invitedBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    acceptedAt: { type: Date, default: null },
  },
  { versionKey: false },
);

const passwordResetSchema = new Schema<PasswordResetDocument>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    organizationId: { type: String, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    usedAt: { type: Date, default: null },
  },
  { versionKey: false },
);

export class MongoInvitationRepository implements InvitationRepository {
  private readonly invitations: Model<InvitationDocument>;

  constructor(connection: Connection) {
    this.invitations = connection.model<InvitationDocument>('Invitation', invitationSchema, 'invitations');
  }

  async create({ id, ...rest }: Invitation): Promise<void> {
    await this.invitations.create({ ...rest, _id: id });
  }

  async findById(id: string): Promise<Invitation | null> {
    const document = await this.invitations.findById(id).lean<InvitationDocument>();
    if (!document) return null;
    const { _id, ...rest } = document;
    return { ...rest, id: _id };
  }

  async accept(id: string, at: Date): Promise<boolean> {
    return (
      (await this.invitations.updateOne({ _id: id, acceptedAt: null }, { $set: { acceptedAt: at } })).modifiedCount ===
      1
    );
  }
}

export class MongoPasswordResetRepository implements PasswordResetRepository {
  private readonly resets: Model<PasswordResetDocument>;

  constructor(connection: Connection) {
    this.resets = connection.model<PasswordResetDocument>('PasswordReset', passwordResetSchema, 'passwordResets');
  }

  async create({ id, ...rest }: PasswordReset): Promise<void> {
    await this.resets.create({ ...rest, _id: id });
  }

  async findById(id: string): Promise<PasswordReset | null> {
    const document = await this.resets.findById(id).lean<PasswordResetDocument>();
    if (!document) return null;
    const { _id, ...rest } = document;
    return { ...rest, id: _id };
  }

  async use(id: string, at: Date): Promise<boolean> {
    return (await this.resets.updateOne({ _id: id, usedAt: null }, { $set: { usedAt: at } })).modifiedCount === 1;
  }
}
