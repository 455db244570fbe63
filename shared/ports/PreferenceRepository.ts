import type { PreferenceEntry } from '../domain/notifications/notificationPreferences';

/** The choices a user saved (only those; defaults live in the domain). */
export interface PreferenceRepository {
  find(userId: string): Promise<PreferenceEntry[]>;
  save(userId: string, entries: PreferenceEntry[], at: Date): Promise<void>;
}
