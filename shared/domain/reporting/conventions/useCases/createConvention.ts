import type { Actor } from '../../../accounts/session';
import type { Convention, ConventionContent } from '../convention';
import { assertTerritoryAdministrator } from '../conventionAccess';
import type { ConventionDeps } from '../conventionDeps';
import { checkConvention } from './checkConvention';

/** A territory administrator records a convention signed with employers and insertion structures of the territory. */
export class CreateConvention {
  constructor(private readonly deps: Pick<ConventionDeps, 'conventions' | 'organizations' | 'clock'>) {}

  async execute(input: { actor: Actor; convention: ConventionContent }): Promise<Convention> {
    const { actor } = input;
    assertTerritoryAdministrator(actor);
    const content = await checkConvention(this.deps.organizations, actor.organizationId, input.convention);
    return this.deps.conventions.create(
      { ...content, territoryId: actor.organizationId, createdBy: actor.userId },
      this.deps.clock.now(),
    );
  }
}
