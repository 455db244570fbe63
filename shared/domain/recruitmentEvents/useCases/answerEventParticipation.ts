import type { Actor } from '../../accounts/session';
import { ConflictError, ValidationError } from '../../errors';
import { findReadableEvent } from '../eventAccess';
import { eventView, type RecruitmentEventView } from '../eventView';
import type { RecruitmentEventDeps } from '../recruitmentEventDeps';

/** An employer asked to take part accepts, with the published offers it brings, or declines. */
export class AnswerEventParticipation {
  constructor(private readonly deps: RecruitmentEventDeps) {}

  async execute(input: {
    actor: Actor;
    eventId: string;
    answer: { accept: boolean; offerIds?: string[] | undefined };
  }): Promise<RecruitmentEventView> {
    const { actor, answer } = input;
    const event = await findReadableEvent(this.deps, actor, input.eventId);
    if (event.status !== 'published' && event.status !== 'draft') {
      throw new ConflictError('Cet événement n’attend plus de réponse.');
    }
    const offerIds = answer.offerIds ?? null;
    for (const [index, offerId] of (offerIds ?? []).entries()) {
      const offer = await this.deps.offers.findInOrganization(actor.organizationId, offerId);
      if (!offer || offer.status !== 'published') {
        throw new ValidationError('Offre invalide.', [
          { field: `offerIds.${index}`, reason: 'choisissez une de vos offres publiées' },
        ]);
      }
    }
    const now = this.deps.clock.now();
    const saved = {
      ...event,
      participants: event.participants.map((item) =>
        item.organizationId === actor.organizationId
          ? {
              ...item,
              status: answer.accept ? ('accepted' as const) : ('declined' as const),
              answeredAt: now,
              offerIds: offerIds ? [...new Set(offerIds)] : item.offerIds,
            }
          : item,
      ),
      version: event.version + 1,
    };
    if (!(await this.deps.recruitmentEvents.save(saved, event.version, now))) {
      throw new ConflictError('L’événement vient d’être modifié : réessayez.');
    }
    return eventView(saved, actor, await this.deps.invitations.listForEvent(event.id));
  }
}
