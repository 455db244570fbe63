import type { CampaignRepository } from '../../ports/CampaignRepository';
import type { CandidateRepository } from '../../ports/CandidateRepository';
import type { Clock } from '../../ports/Clock';
import type { DomainEvents } from '../../ports/DomainEvents';
import type { EventInvitationRepository, EventSeats } from '../../ports/EventInvitationRepository';
import type { LinkTokens } from '../../ports/LinkTokens';
import type { MatchRepository } from '../../ports/MatchRepository';
import type { OfferRepository } from '../../ports/OfferRepository';
import type { OrganizationRepository } from '../../ports/OrganizationRepository';
import type { OutcomeRepository } from '../../ports/OutcomeRepository';
import type { RecruitmentEventRepository } from '../../ports/RecruitmentEventRepository';
import type { SearchEngine } from '../../ports/SearchEngine';
import type { Gazetteer } from '../../ports/Gazetteer';
import type { JobProximity } from '../matching/jobProximity';

export interface RecruitmentEventDeps {
  recruitmentEvents: RecruitmentEventRepository;
  invitations: EventInvitationRepository;
  seats: EventSeats;
  campaigns: CampaignRepository;
  organizations: OrganizationRepository;
  offers: OfferRepository;
  candidates: CandidateRepository;
  matches: MatchRepository;
  outcomes: OutcomeRepository;
  searchEngine: SearchEngine;
  gazetteer: Gazetteer;
  events: DomainEvents;
  linkTokens: LinkTokens;
  clock: Clock;
  jobs: JobProximity;
}
