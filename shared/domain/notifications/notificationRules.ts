import type { DomainEvent } from '../../ports/DomainEvents';

export const notificationCategories = [
  'suggestions',
  'proposals',
  'interviews',
  'outcomes',
  'reminders',
  'security',
] as const;
export type NotificationCategory = (typeof notificationCategories)[number];

export const notificationChannels = ['in_app', 'email', 'sms', 'webhook'] as const;
export type NotificationChannel = (typeof notificationChannels)[number];

/**
 * Who is concerned, before knowing who they are: the adviser who follows the person (their
 * referent), the members of the employer organisation, the person themself.
 */
export type Audience =
  | 'referent_adviser'
  | 'employer_members'
  | 'candidate'
  /** The referent advisers of the people newly suggested for an offer. */
  | 'suggested_people_advisers'
  /** The user whose account it is. */
  | 'account_holder'
  /** Who holds an account link, by e-mail only: the person invited, the user who asked for a reset. */
  | 'account_link_holder';

export interface NotificationIntent {
  audience: Audience;
  category: NotificationCategory;
  channels: NotificationChannel[];
}

const adviser = (category: NotificationCategory): NotificationIntent => ({
  audience: 'referent_adviser',
  category,
  channels: ['in_app', 'email'],
});
const employer = (category: NotificationCategory, channels: NotificationChannel[]): NotificationIntent => ({
  audience: 'employer_members',
  category,
  channels,
});
const employerChannels: NotificationChannel[] = ['in_app', 'email', 'webhook'];
const candidate = (category: NotificationCategory): NotificationIntent => ({
  audience: 'candidate',
  category,
  // SMS to a valid mobile, else e-mail: the sender picks.
  channels: ['sms'],
});

/** The only events anyone is told of: the others (reporting's) never reach the dispatcher's inbox. */
export const notifiedEventTypes: readonly DomainEvent['type'][] = [
  'offer.new_suggestions',
  'account.invited',
  'account.password_reset_requested',
  'account.new_login',
  'account.password_changed',
  'match.reminder_due',
  'offer.expiry_reminder',
  'match.transitioned',
  'recruitment_event.invited',
  'recruitment_event.registered',
  'recruitment_event.promoted',
  'recruitment_event.changed',
  'recruitment_event.cancelled',
  'recruitment_event.participation_requested',
];

/** Pure: which audiences an event concerns, in which category, on which channels. */
export function notificationIntents(event: DomainEvent): NotificationIntent[] {
  if (!notifiedEventTypes.includes(event.type)) return [];
  if (event.type === 'offer.new_suggestions') {
    return [{ audience: 'suggested_people_advisers', category: 'suggestions', channels: ['in_app', 'email'] }];
  }
  if (event.type === 'account.invited' || event.type === 'account.password_reset_requested') {
    return [{ audience: 'account_link_holder', category: 'security', channels: ['email'] }];
  }
  if (event.type === 'account.new_login' || event.type === 'account.password_changed') {
    return [{ audience: 'account_holder', category: 'security', channels: ['in_app', 'email'] }];
  }
  if (event.type === 'recruitment_event.participation_requested') {
    return [employer('proposals', ['in_app', 'email'])];
  }
  if (event.type.startsWith('recruitment_event.')) {
    // The person invited to a job dating, a forum…: their invitation, its changes, their reminders
    // (meeting employers: the category of interviews).
    return [{ audience: 'candidate', category: 'interviews', channels: ['sms'] }];
  }
  if (event.type === 'match.reminder_due' || event.type === 'offer.expiry_reminder') {
    return [employer('reminders', employerChannels)];
  }
  const shared = event.data.shareReason === true;
  switch (event.data.action) {
    case 'propose':
      return [employer('proposals', employerChannels)];
    case 'request_interview':
    case 'schedule_interview':
      return [adviser('interviews'), candidate('interviews')];
    case 'cancel': {
      // The employer hears of a cancellation only of a person proposed to them.
      const toEmployer = event.data.visibleToEmployer === true ? [employer('outcomes', employerChannels)] : [];
      return event.data.from === 'interview_scheduled' || event.data.from === 'interview_requested'
        ? [adviser('interviews'), candidate('interviews'), ...toEmployer]
        : [adviser('outcomes'), ...toEmployer];
    }
    case 'decline':
    case 'expire':
    case 'hire':
    case 'record_not_hired':
    case 'record_no_show':
      // The person hears of it only when the reason may be shared with them.
      return [adviser('outcomes'), ...(shared ? [candidate('outcomes')] : [])];
    case 'withdraw':
      return [employer('outcomes', employerChannels)];
    default:
      // shortlist, dismiss, share_contact: the adviser's own steps, nobody else to tell.
      return [];
  }
}
