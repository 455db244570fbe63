import type { UserRepository } from '../../../ports/UserRepository';
import { ForbiddenError, NotFoundError } from '../../errors';
import type { Actor } from '../session';
import { normalizeEmail } from '../user';

/**
 * Operator tools (bulk import) run on the server with its credentials and act as an existing
 * user, so that everything they write carries that user's organisation and rights.
 */
export class ActAsUser {
  constructor(private readonly deps: { users: UserRepository }) {}

  async execute(input: { email: string }): Promise<Actor> {
    const user = await this.deps.users.findByEmail(normalizeEmail(input.email));
    if (!user) throw new NotFoundError(`Aucun compte pour ${input.email}.`);
    if (user.deactivatedAt) throw new ForbiddenError(`Le compte ${input.email} est désactivé.`);
    return { userId: user.id, organizationId: user.organizationId, role: user.role };
  }
}
