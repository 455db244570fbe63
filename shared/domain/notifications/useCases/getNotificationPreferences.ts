import type { Actor } from '../../accounts/session';
import type { PreferenceRepository } from '../../../ports/PreferenceRepository';
import { effectivePreferences, lockedCategories, type PreferenceEntry } from '../notificationPreferences';

export type PreferenceView = PreferenceEntry & { locked: boolean };

/** Every category × channel the user can set, with what applies now and what cannot change. */
export class GetNotificationPreferences {
  constructor(private readonly deps: { preferences: PreferenceRepository }) {}

  async execute(input: { actor: Actor }): Promise<PreferenceView[]> {
    const saved = await this.deps.preferences.find(input.actor.userId);
    return effectivePreferences(saved).map((entry) => ({
      ...entry,
      locked: lockedCategories.includes(entry.category),
    }));
  }
}
