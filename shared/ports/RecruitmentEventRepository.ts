import type { RecruitmentEvent, RecruitmentEventStatus } from '../domain/recruitmentEvents/recruitmentEvent';

export type NewRecruitmentEvent = Omit<RecruitmentEvent, 'id' | 'version' | 'revision' | 'createdAt' | 'updatedAt'>;

export interface RecruitmentEventFilter {
  status?: RecruitmentEventStatus;
  campaignId?: string;
  /** Only those not over by then (the upcoming ones and those under way). */
  endsAfter?: Date;
}

/** A territory holds dozens of events a year: lists are whole, up to this many, soonest first. */
export const recruitmentEventListLimit = 500;

export interface RecruitmentEventRepository {
  create(event: NewRecruitmentEvent, now: Date): Promise<RecruitmentEvent>;
  findById(id: string): Promise<RecruitmentEvent | null>;
  /** Soonest first, then by id. */
  listInTerritory(territoryId: string, filter: RecruitmentEventFilter): Promise<RecruitmentEvent[]>;
  /** The events (not drafts) an employer is asked to, soonest first. */
  listForParticipant(organizationId: string): Promise<RecruitmentEvent[]>;
  /** Published or held events of the territory whose time overlaps [from, to): who is busy then. */
  listOverlapping(territoryId: string, from: Date, to: Date): Promise<RecruitmentEvent[]>;
  listForCampaign(campaignId: string): Promise<RecruitmentEvent[]>;
  /** False when the event changed since it was read (optimistic concurrency). */
  save(event: RecruitmentEvent, expectedVersion: number, now: Date): Promise<boolean>;
}
