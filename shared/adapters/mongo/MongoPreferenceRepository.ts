import { Schema, type Connection, type Model } from 'mongoose';
import { frequencies, type PreferenceEntry } from '../../domain/notifications/notificationPreferences';
import { notificationCategories, notificationChannels } from '../../domain/notifications/notificationRules';
import type { PreferenceRepository } from '../../ports/PreferenceRepository';

/** One document per user, `_id` = user id: read and replaced by key. */
interface PreferencesDocument {
  _id: string;
  entries: PreferenceEntry[];
  updatedAt: Date;
}

const preferencesSchema = new Schema<PreferencesDocument>(
  {
    _id: { type: String, required: true },
    entries: [
      new Schema(
        {
          category: { type: String, enum: notificationCategories, required: true },
          channel: { type: String, enum: notificationChannels, required: true },
          enabled: { type: Boolean, required: true },
          frequency: { type: String, enum: frequencies, required: true },
        },
        { _id: false },
      ),
    ],
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export class MongoPreferenceRepository implements PreferenceRepository {
  private readonly preferences: Model<PreferencesDocument>;

  constructor(connection: Connection) {
    this.preferences = connection.model<PreferencesDocument>(
      'NotificationPreferences',
      preferencesSchema,
      'notificationPreferences',
    );
  }

  async find(userId: string): Promise<PreferenceEntry[]> {
    const document = await this.preferences.findById(userId).lean<PreferencesDocument>();
    return document?.entries ?? [];
  }

  async save(userId: string, entries: PreferenceEntry[], at: Date): Promise<void> {
    await this.preferences.replaceOne({ _id: userId }, { _id: userId, entries, updatedAt: at }, { upsert: true });
  }
}
