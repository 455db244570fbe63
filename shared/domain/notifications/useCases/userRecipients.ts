import type { CandidateRepository } from '../../../ports/CandidateRepository';
import type { CandidateProfile } from '../../candidates/candidateProfile';
import type { DomainEvent } from '../../../ports/DomainEvents';
import type { UserRepository } from '../../../ports/UserRepository';
import { newSuggestionsMessage, type NotificationMessage } from '../notificationMessages';
import type { Audience } from '../notificationRules';

/** A user to tell; message: theirs alone (e.g. how many of the people they follow). */
export interface UserRecipient {
  id: string;
  organizationId: string;
  message?: NotificationMessage;
}

type Once = <T>(key: string, read: () => Promise<T>) => Promise<T>;

/**
 * Who the users of an audience are, for one event: the person's referent adviser, the employer's
 * members, the advisers of people newly suggested, the account holder. (The person followed is
 * no user: the dispatcher reaches them by SMS or e-mail.) `once` shares reads within a batch.
 */
export class UserRecipients {
  constructor(
    private readonly deps: { candidates: CandidateRepository; users: UserRepository },
    private readonly once: Once,
  ) {}

  /** The users of the audience who are still active: a deactivated account is told nothing more. */
  async of(audience: Audience, event: DomainEvent, offerTitle: string | null): Promise<UserRecipient[]> {
    const recipients = await this.audience(audience, event, offerTitle);
    const active = await Promise.all(recipients.map((recipient) => this.isActive(recipient)));
    return recipients.filter((_recipient, index) => active[index]);
  }

  private async isActive(recipient: UserRecipient): Promise<boolean> {
    const user = await this.once(`user:${recipient.id}`, () =>
      this.deps.users.findInOrganization(recipient.organizationId, recipient.id),
    );
    return user !== null && user.deactivatedAt === null;
  }

  private async audience(audience: Audience, event: DomainEvent, offerTitle: string | null): Promise<UserRecipient[]> {
    if (audience === 'account_holder' && event.data.userId) {
      return [{ id: String(event.data.userId), organizationId: String(event.data.organizationId) }];
    }
    if (audience === 'suggested_people_advisers' && event.data.candidateIds) {
      return this.advisersOfSuggested(event, offerTitle);
    }
    if (audience === 'referent_adviser' && event.data.candidateId) {
      const profile = await this.profileOf(String(event.data.candidateId));
      return profile ? [{ id: profile.referentAdviserId, organizationId: profile.organizationId }] : [];
    }
    if (audience === 'employer_members' && event.data.offerOrganizationId) {
      const organizationId = String(event.data.offerOrganizationId);
      const members = await this.once(`members:${organizationId}`, () =>
        this.deps.users.listInOrganization(organizationId, { limit: 500 }),
      );
      return members
        .filter((user) => user.role === 'employer' && user.deactivatedAt === null)
        .map((user) => ({ id: user.id, organizationId }));
    }
    return [];
  }

  /** A person's profile, read once per batch (their adviser and they themself are often both told). */
  profileOf(candidateId: string): Promise<CandidateProfile | null> {
    return this.once(`profile:${candidateId}`, () => this.deps.candidates.findById(candidateId));
  }

  /** Each referent adviser of the people newly suggested, with how many of theirs there are. */
  private async advisersOfSuggested(event: DomainEvent, offerTitle: string | null): Promise<UserRecipient[]> {
    const organizationId = String(event.data.candidateOrganizationId);
    const ids = String(event.data.candidateIds).split(',');
    const profiles = await this.deps.candidates.listInOrganizationByIds(organizationId, ids);
    const perAdviser = new Map<string, number>();
    for (const profile of profiles) {
      perAdviser.set(profile.referentAdviserId, (perAdviser.get(profile.referentAdviserId) ?? 0) + 1);
    }
    return [...perAdviser].map(([adviserId, count]) => ({
      id: adviserId,
      organizationId,
      message: newSuggestionsMessage(String(event.data.offerId), offerTitle, count),
    }));
  }
}
