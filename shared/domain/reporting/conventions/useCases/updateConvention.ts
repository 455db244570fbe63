import { holdsSameValues } from '../../../common/sameValues';
import type { Actor } from '../../../accounts/session';
import { ConflictError } from '../../../errors';
import type { Convention, ConventionContent } from '../convention';
import { assertTerritoryAdministrator } from '../conventionAccess';
import type { ConventionDeps } from '../conventionDeps';
import { conventionNotFound } from '../conventionNotFound';
import { checkConvention } from './checkConvention';

/** Changes some fields of a convention of the administrator's territory; the whole result is checked again. */
export class UpdateConvention {
  constructor(private readonly deps: Pick<ConventionDeps, 'conventions' | 'organizations' | 'clock'>) {}

  async execute(input: {
    actor: Actor;
    conventionId: string;
    changes: Partial<ConventionContent>;
  }): Promise<Convention> {
    const { actor } = input;
    assertTerritoryAdministrator(actor);
    const current = await this.deps.conventions.findInTerritory(actor.organizationId, input.conventionId);
    if (!current) throw conventionNotFound();

    const content = await checkConvention(this.deps.organizations, actor.organizationId, {
      ...contentOf(current),
      ...input.changes,
    });
    // Changing nothing writes nothing: same version, same updatedAt.
    if (holdsSameValues(current, content)) return current;
    const updated = await this.deps.conventions.update(
      actor.organizationId,
      input.conventionId,
      content,
      current.version,
      this.deps.clock.now(),
    );
    if (!updated) throw new ConflictError('La convention a été modifiée entre-temps : rechargez-la, puis recommencez.');
    return updated;
  }
}

function contentOf(convention: Convention): ConventionContent {
  const { name, partnerIds, sector, departmentCode, period, targets } = convention;
  return { name, partnerIds, sector, departmentCode, period, targets };
}
