import type { CommunePlace } from '../geography/commune';
import type { Sector } from '../reference/sectors';

export const recruitmentEventKinds = [
  'job_dating',
  'forum',
  'company_visit',
  'information_session',
  'food_and_job',
  'other',
] as const;
export type RecruitmentEventKind = (typeof recruitmentEventKinds)[number];

export const recruitmentEventStatuses = ['draft', 'published', 'held', 'closed', 'cancelled'] as const;
export type RecruitmentEventStatus = (typeof recruitmentEventStatuses)[number];

export const participationStatuses = ['asked', 'accepted', 'declined'] as const;
export type ParticipationStatus = (typeof participationStatuses)[number];

/** Where it takes place: a commune and an address, or online (a link sent with the invitation). */
export type EventPlace =
  { online: false; commune: CommunePlace; address: string } | { online: true; url: string | null };

/** An employer asked to take part, with the offers it brings; it accepts or declines. */
export interface Participation {
  organizationId: string;
  organizationName: string;
  offerIds: string[];
  status: ParticipationStatus;
  answeredAt: Date | null;
}

export interface RecruitmentEventContent {
  kind: RecruitmentEventKind;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  place: EventPlace;
  sectors: Sector[];
  capacity: number;
  registrationDeadline: Date;
  campaignId: string | null;
}

/** A job dating, a forum, a company visit…: organised by an insertion structure or the territory. */
export interface RecruitmentEvent extends RecruitmentEventContent {
  id: string;
  territoryId: string;
  organizerOrganizationId: string;
  status: RecruitmentEventStatus;
  participants: Participation[];
  createdBy: string;
  /** Raised by every change people registered must hear of (when, where): reminders check it. */
  revision: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const statusMoves: Record<RecruitmentEventStatus, readonly RecruitmentEventStatus[]> = {
  draft: ['published', 'cancelled'],
  published: ['held', 'cancelled'],
  held: ['closed'],
  closed: [],
  cancelled: [],
};

/** draft → published → held → closed, or cancelled before it is held. */
export function canMoveTo(from: RecruitmentEventStatus, to: RecruitmentEventStatus): boolean {
  return statusMoves[from].includes(to);
}

/** People may answer until the deadline, while the event is published and not begun. */
export function registrationOpen(event: RecruitmentEvent, now: Date): boolean {
  return (
    event.status === 'published' &&
    now.getTime() <= event.registrationDeadline.getTime() &&
    now.getTime() < event.startsAt.getTime()
  );
}

/** The offers of the employers that accepted (or have not answered yet: they are still expected). */
export function participatingOfferIds(event: RecruitmentEvent): string[] {
  return [...new Set(event.participants.filter((item) => item.status !== 'declined').flatMap((item) => item.offerIds))];
}

export const recruitmentEventKindLabels: Record<RecruitmentEventKind, string> = {
  job_dating: 'Job dating',
  forum: 'Forum de l’emploi',
  company_visit: 'Visite d’entreprise',
  information_session: 'Réunion d’information',
  food_and_job: 'Food & job',
  other: 'Rencontre',
};
