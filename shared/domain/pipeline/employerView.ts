import type { CandidateProfile } from '../candidates/candidateProfile';
import type { Match, Transition } from './match';
import { statusesSeenByEmployers } from './pipelineStates';

/**
 * What an employer sees of a person proposed to them: enough to decide on an interview, nothing
 * that reveals where they live, a protected criterion, their barriers or their benefits. Contact
 * data only once the interview is scheduled and the adviser recorded the person's agreement.
 */
export interface EmployerMatchView {
  id: string;
  offerId: string;
  status: Match['status'];
  proposedAt: Date | null;
  candidate: {
    firstName: string;
    lastNameInitial: string;
    desiredJobs: CandidateProfile['desiredJobs'];
    skills: string[];
    experiences: CandidateProfile['experiences'];
    qualificationLevel: CandidateProfile['qualificationLevel'];
    certifications: string[];
    availability: { from: Date | null; workingTime: string; schedules: string[] };
    contact: { email: string | null; mobile: string | null } | null;
  };
  score: number;
  explanation: { met: string[]; missing: string[] };
  adviserComment: string | null;
  interview: Match['interview'];
  history: Omit<Transition, 'actor'>[];
}

export const withinMobility = 'dans son rayon de mobilité';

export function toEmployerView(match: Match, profile: CandidateProfile): EmployerMatchView {
  const distance = match.assessment.breakdown.find((part) => part.criterion === 'distance')?.explanation;
  const hideDistance = (line: string) => (line === distance ? withinMobility : line);
  const contactVisible = match.contactShared && match.interview !== null;
  return {
    id: match.id,
    offerId: match.offerId,
    status: match.status,
    proposedAt: match.proposedAt,
    candidate: {
      firstName: profile.contact.firstName,
      lastNameInitial: `${profile.contact.lastName.charAt(0).toUpperCase()}.`,
      desiredJobs: profile.desiredJobs,
      skills: profile.skills,
      experiences: profile.experiences,
      qualificationLevel: profile.qualificationLevel,
      certifications: profile.certifications,
      availability: {
        from: profile.availability.from,
        workingTime: profile.availability.workingTime,
        schedules: profile.availability.schedules,
      },
      contact: contactVisible ? { email: profile.contact.email, mobile: profile.contact.mobile } : null,
    },
    score: match.assessment.score,
    explanation: {
      met: match.assessment.explanation.met.map(hideDistance),
      missing: match.assessment.explanation.missing.map(hideDistance),
    },
    adviserComment: match.proposalComment,
    interview: match.interview,
    // From the proposal on, without who acted: the adviser's review before it stays theirs, and
    // an adviser's comment reaches the employer only with the proposal (a comment on a withdrawal
    // or a no-show may say more about the person than the employer should know).
    history: match.history
      .filter((transition) => transition.action === 'propose' || statusesSeenByEmployers.includes(transition.from))
      .map(({ actor, ...transition }) => ({
        ...transition,
        comment: actor.kind === 'adviser' && transition.action !== 'propose' ? null : transition.comment,
      })),
  };
}
