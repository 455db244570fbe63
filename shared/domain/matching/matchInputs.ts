import type { CandidateProfile } from '../candidates/candidateProfile';
import type { Offer } from '../offers/offer';

/**
 * What matching may read, and nothing more: these types leave out name, contact data, external
 * references, the commune's identity (only its point serves, for the radius the person declared),
 * barriers and notes, so that no protected criterion (Code du travail L1132-1) can reach a score.
 */
export type MatchOffer = Pick<
  Offer,
  | 'id'
  | 'version'
  | 'job'
  | 'requiredSkills'
  | 'requiredCertifications'
  | 'minQualificationLevel'
  | 'minExperienceMonths'
  | 'contractType'
  | 'schedules'
  | 'dayStartHour'
  | 'dayEndHour'
  | 'startDate'
  | 'remoteMode'
  | 'trainingBeforeHiring'
  | 'physicalDemands'
> & {
  location: { location: Offer['location']['location'] };
  /** Absent from the inputs stored with offers indexed before it travelled with them. */
  weeklyHours?: Offer['weeklyHours'];
  /** The same (absent: false). */
  qualificationRequiredByLaw?: Offer['qualificationRequiredByLaw'];
};

export type MatchCandidate = Pick<
  CandidateProfile,
  | 'id'
  | 'version'
  | 'status'
  | 'desiredJobs'
  | 'acceptedContractTypes'
  | 'skills'
  | 'experiences'
  | 'qualificationLevel'
  | 'certifications'
  | 'mobility'
  | 'availability'
  | 'workConstraints'
  | 'createdAt'
  | 'lastProposedAt'
> & {
  homeCommune: { location: CandidateProfile['homeCommune']['location'] };
  consent: { shareWithEmployers: boolean } | null;
};

/** Narrows full entities to what matching reads (a copy: nothing else travels along). */
export function toMatchCandidate(profile: MatchCandidate): MatchCandidate {
  return {
    id: profile.id,
    version: profile.version,
    status: profile.status,
    consent: profile.consent ? { shareWithEmployers: profile.consent.shareWithEmployers } : null,
    desiredJobs: profile.desiredJobs,
    acceptedContractTypes: profile.acceptedContractTypes,
    skills: profile.skills,
    experiences: profile.experiences,
    qualificationLevel: profile.qualificationLevel,
    certifications: profile.certifications,
    mobility: profile.mobility,
    availability: profile.availability,
    workConstraints: profile.workConstraints,
    createdAt: profile.createdAt,
    lastProposedAt: profile.lastProposedAt,
    homeCommune: { location: profile.homeCommune.location },
  };
}

export function toMatchOffer(offer: MatchOffer): MatchOffer {
  return {
    id: offer.id,
    version: offer.version,
    job: offer.job,
    requiredSkills: offer.requiredSkills,
    requiredCertifications: offer.requiredCertifications,
    minQualificationLevel: offer.minQualificationLevel,
    minExperienceMonths: offer.minExperienceMonths,
    contractType: offer.contractType,
    schedules: offer.schedules,
    dayStartHour: offer.dayStartHour,
    dayEndHour: offer.dayEndHour,
    startDate: offer.startDate,
    remoteMode: offer.remoteMode,
    trainingBeforeHiring: offer.trainingBeforeHiring,
    physicalDemands: offer.physicalDemands,
    ...(offer.weeklyHours === undefined ? {} : { weeklyHours: offer.weeklyHours }),
    ...(offer.qualificationRequiredByLaw === undefined
      ? {}
      : { qualificationRequiredByLaw: offer.qualificationRequiredByLaw }),
    location: { location: offer.location.location },
  };
}
