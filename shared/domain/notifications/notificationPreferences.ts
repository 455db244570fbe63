import { ValidationError } from '../errors';
import { notificationCategories, type NotificationCategory, type NotificationChannel } from './notificationRules';

export const frequencies = ['immediate', 'daily'] as const;
export type Frequency = (typeof frequencies)[number];

export interface PreferenceEntry {
  category: NotificationCategory;
  channel: NotificationChannel;
  enabled: boolean;
  /** daily: gathered into the 08:30 digest (e-mail). */
  frequency: Frequency;
}

/** Security messages and interview convocations always go out. */
export const lockedCategories: readonly NotificationCategory[] = ['security', 'interviews'];

/**
 * What a user gets without choosing: everything in the application; e-mail for what needs an
 * answer, suggestions by a daily digest (too many notifications is the first complaint of users
 * of the public tools); SMS and webhooks are for candidates and organisations, not users' choices.
 */
export function defaultPreference(category: NotificationCategory, channel: NotificationChannel): PreferenceEntry {
  const enabled = channel === 'in_app' || (channel === 'email' && category !== 'outcomes');
  return {
    category,
    channel,
    enabled,
    frequency: category === 'suggestions' && channel === 'email' ? 'daily' : 'immediate',
  };
}

export const userChannels: readonly NotificationChannel[] = ['in_app', 'email'];

/** Every category × user channel, the saved choices over the defaults. */
export function effectivePreferences(saved: readonly PreferenceEntry[]): PreferenceEntry[] {
  return notificationCategories.flatMap((category) =>
    userChannels.map((channel) => {
      const choice = saved.find((entry) => entry.category === category && entry.channel === channel);
      return choice && !lockedCategories.includes(category) ? choice : defaultPreference(category, channel);
    }),
  );
}

/** Checks changes (400 naming the entry for a locked category or a channel users do not choose). */
export function checkPreferenceChanges(changes: readonly PreferenceEntry[]): void {
  const problems = changes.flatMap((change, index) => {
    if (!userChannels.includes(change.channel)) {
      return [{ field: `preferences.${index}.channel`, reason: 'canal non réglable par un utilisateur' }];
    }
    if (change.frequency === 'daily' && change.channel !== 'email') {
      return [
        { field: `preferences.${index}.frequency`, reason: 'le récapitulatif quotidien n’existe que par e-mail' },
      ];
    }
    const locked = lockedCategories.includes(change.category);
    const weakened =
      !change.enabled || change.frequency !== defaultPreference(change.category, change.channel).frequency;
    return locked && weakened
      ? [
          {
            field: `preferences.${index}.enabled`,
            reason: 'les messages de sécurité et les convocations ne peuvent être désactivés',
          },
        ]
      : [];
  });
  if (problems.length > 0) throw new ValidationError('Préférences refusées.', problems);
}

export function frequencyOf(
  preferences: readonly PreferenceEntry[],
  category: NotificationCategory,
  channel: NotificationChannel,
): Frequency {
  return (
    preferences.find((entry) => entry.category === category && entry.channel === channel)?.frequency ?? 'immediate'
  );
}

export function wants(
  preferences: readonly PreferenceEntry[],
  category: NotificationCategory,
  channel: NotificationChannel,
): boolean {
  if (lockedCategories.includes(category)) return true;
  return preferences.find((entry) => entry.category === category && entry.channel === channel)?.enabled ?? true;
}
