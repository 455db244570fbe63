import type { Actor } from '../../accounts/session';
import type { Clock } from '../../../ports/Clock';
import type { PreferenceRepository } from '../../../ports/PreferenceRepository';
import { checkPreferenceChanges, effectivePreferences, type PreferenceEntry } from '../notificationPreferences';
import { GetNotificationPreferences, type PreferenceView } from './getNotificationPreferences';

/** Changes some entries (the others keep their value); locked categories cannot be weakened. */
export class UpdateNotificationPreferences {
  constructor(private readonly deps: { preferences: PreferenceRepository; clock: Clock }) {}

  async execute(input: { actor: Actor; changes: PreferenceEntry[] }): Promise<PreferenceView[]> {
    checkPreferenceChanges(input.changes);
    const current = effectivePreferences(await this.deps.preferences.find(input.actor.userId));
    const merged = current.map(
      (entry) =>
        input.changes.find((change) => change.category === entry.category && change.channel === entry.channel) ?? entry,
    );
    await this.deps.preferences.save(input.actor.userId, merged, this.deps.clock.now());
    return new GetNotificationPreferences(this.deps).execute(input);
  }
}
