import type { Actor } from '../accounts/session';
import { canManage } from './eventAccess';
import type { EventInvitation } from './eventInvitation';
import type { RecruitmentEvent } from './recruitmentEvent';

export interface RecruitmentEventView extends Omit<RecruitmentEvent, 'createdBy' | 'revision' | 'version'> {
  registered: number;
  waitlisted: number;
  canManage: boolean;
}

/** Places taken: those registered, and those who came or did not after registering. */
export function placesTaken(invitations: readonly EventInvitation[]): number {
  return invitations.filter(
    (item) => item.channel !== 'walk_in' && ['registered', 'attended', 'no_show'].includes(item.status),
  ).length;
}

export function eventView(
  event: RecruitmentEvent,
  actor: Actor,
  invitations: readonly EventInvitation[],
): RecruitmentEventView {
  const { createdBy: _createdBy, revision: _revision, version: _version, ...rest } = event;
  return {
    ...rest,
    registered: placesTaken(invitations),
    waitlisted: invitations.filter((item) => item.status === 'waitlisted').length,
    canManage: canManage(actor, event),
  };
}
