import type { Connection } from 'mongoose';
import { MongoCampaignRepository } from '../adapters/mongo/MongoCampaignRepository';
import { MongoEventInvitationRepository } from '../adapters/mongo/MongoEventInvitationRepository';
import { MongoEventSeats } from '../adapters/mongo/MongoEventSeats';
import { MongoRecruitmentEventRepository } from '../adapters/mongo/MongoRecruitmentEventRepository';
import type { TransitionMatch } from '../domain/pipeline/useCases/transitionMatch';
import type { RecruitmentEventDeps } from '../domain/recruitmentEvents/recruitmentEventDeps';
import { AnswerEventParticipation } from '../domain/recruitmentEvents/useCases/answerEventParticipation';
import { AddWalkIn, CheckInAttendee, ListEventAttendance } from '../domain/recruitmentEvents/useCases/attendance';
import { ChangeRecruitmentEventStatus } from '../domain/recruitmentEvents/useCases/changeRecruitmentEventStatus';
import { CreateRecruitmentEvent } from '../domain/recruitmentEvents/useCases/createRecruitmentEvent';
import { ListMetPeople, RequestInterviewAfterEvent } from '../domain/recruitmentEvents/useCases/employerAfterEvent';
import {
  CreateCampaign,
  GetCampaignFigures,
  GetEventFigures,
  ListCampaigns,
} from '../domain/recruitmentEvents/useCases/figures';
import { InviteToEvent } from '../domain/recruitmentEvents/useCases/inviteToEvent';
import { ListEventInvitees } from '../domain/recruitmentEvents/useCases/listEventInvitees';
import {
  GetRecruitmentEvent,
  ListRecruitmentEvents,
  ListTerritoryEmployers,
} from '../domain/recruitmentEvents/useCases/readRecruitmentEvents';
import { AnswerRsvp, GetRsvp } from '../domain/recruitmentEvents/useCases/rsvp';
import { UpdateRecruitmentEvent } from '../domain/recruitmentEvents/useCases/updateRecruitmentEvent';

type SharedDeps = Omit<RecruitmentEventDeps, 'recruitmentEvents' | 'invitations' | 'seats' | 'campaigns'>;

/** Recruitment events (job datings, forums…): their stores, and the use cases over them. */
export async function buildRecruitmentEvents(mongo: Connection, shared: SharedDeps, transitionMatch: TransitionMatch) {
  const stores = {
    recruitmentEvents: new MongoRecruitmentEventRepository(mongo),
    invitations: new MongoEventInvitationRepository(mongo),
    seats: new MongoEventSeats(mongo),
    campaigns: new MongoCampaignRepository(mongo),
  };
  await Promise.all(Object.values(stores).map((store) => store.ensureIndexes()));
  const deps: RecruitmentEventDeps = { ...shared, ...stores };
  return {
    stores,
    useCases: {
      createRecruitmentEvent: new CreateRecruitmentEvent(deps),
      updateRecruitmentEvent: new UpdateRecruitmentEvent(deps),
      changeRecruitmentEventStatus: new ChangeRecruitmentEventStatus(deps),
      listRecruitmentEvents: new ListRecruitmentEvents(deps),
      getRecruitmentEvent: new GetRecruitmentEvent(deps),
      listTerritoryEmployers: new ListTerritoryEmployers(deps),
      answerEventParticipation: new AnswerEventParticipation(deps),
      listEventInvitees: new ListEventInvitees(deps),
      inviteToEvent: new InviteToEvent(deps),
      listEventAttendance: new ListEventAttendance(deps),
      checkInAttendee: new CheckInAttendee(deps),
      addWalkIn: new AddWalkIn(deps),
      listMetPeople: new ListMetPeople(deps),
      requestInterviewAfterEvent: new RequestInterviewAfterEvent(deps, transitionMatch),
      getEventFigures: new GetEventFigures(deps),
      createCampaign: new CreateCampaign(deps),
      listCampaigns: new ListCampaigns(deps),
      getCampaignFigures: new GetCampaignFigures(deps),
      getRsvp: new GetRsvp(deps),
      answerRsvp: new AnswerRsvp(deps),
    },
  };
}

export type RecruitmentEventUseCases = Awaited<ReturnType<typeof buildRecruitmentEvents>>['useCases'];
