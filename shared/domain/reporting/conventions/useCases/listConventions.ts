import type { Actor } from '../../../accounts/session';
import { toPage, type Page, type PageRequest } from '../../../common/page';
import type { Convention } from '../convention';
import type { ConventionDeps } from '../conventionDeps';

/** Administrators list every convention of their territory; advisers and employers, those their organisation is a partner of. */
export class ListConventions {
  constructor(private readonly deps: Pick<ConventionDeps, 'conventions'>) {}

  async execute(input: { actor: Actor; page: PageRequest }): Promise<Page<Convention>> {
    const { actor } = input;
    const fetch = { ...input.page, limit: input.page.limit + 1 };
    const conventions =
      actor.role === 'admin'
        ? await this.deps.conventions.listInTerritory(actor.organizationId, fetch)
        : await this.deps.conventions.listForPartner(actor.organizationId, fetch);
    return toPage(conventions, input.page.limit);
  }
}
