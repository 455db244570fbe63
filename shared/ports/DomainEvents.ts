/**
 * What happened, for those who must be told (notifications). Events carry ids, never personal
 * data. Publishing is idempotent by event id: an id is derived from what it reports (a match and
 * the index of its history line), so publishing again after a crash adds nothing.
 */
export interface DomainEvent {
  id: string;
  type:
    | 'match.transitioned'
    | 'match.reminder_due'
    | 'offer.expiry_reminder'
    | 'offer.new_suggestions'
    | 'account.new_login'
    | 'account.password_changed'
    | 'account.invited'
    | 'account.password_reset_requested'
    | 'offer.published'
    | 'offer.ended'
    | 'outcome.recorded'
    | 'candidate.status_changed'
    | 'candidate.first_suggestion'
    | 'recruitment_event.invited'
    | 'recruitment_event.registered'
    | 'recruitment_event.promoted'
    | 'recruitment_event.changed'
    | 'recruitment_event.cancelled'
    | 'recruitment_event.participation_requested';
  at: Date;
  data: Record<string, string | number | boolean | null>;
}

export interface DomainEvents {
  publish(events: DomainEvent[]): Promise<void>;
}
