import type { Invitation, PasswordReset } from '../domain/accounts/accountLinks';

export interface InvitationRepository {
  create(invitation: Invitation): Promise<void>;
  findById(id: string): Promise<Invitation | null>;
  /** Marks it accepted unless it already is: true for the one caller that may use it. */
  accept(id: string, at: Date): Promise<boolean>;
}

export interface PasswordResetRepository {
  create(reset: PasswordReset): Promise<void>;
  findById(id: string): Promise<PasswordReset | null>;
  /** Marks it used unless it already is: true for the one caller that may use it. */
  use(id: string, at: Date): Promise<boolean>;
}
