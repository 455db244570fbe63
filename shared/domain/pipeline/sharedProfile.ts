import type { CandidateProfile } from '../candidates/candidateProfile';

/**
 * What a proposal shows an employer of the person, written into the match when the adviser
 * proposes (with the person's consent): enough to decide on an interview, nothing that reveals
 * where they live, a protected criterion, their barriers or their benefits. The employer keeps
 * this and only this, whatever the person's profile becomes: later edits, a withdrawal of consent
 * or a change of status never reach them through it.
 */
export interface SharedProfile {
  sharedAt: Date;
  firstName: string;
  lastNameInitial: string;
  desiredJobs: CandidateProfile['desiredJobs'];
  skills: string[];
  experiences: CandidateProfile['experiences'];
  qualificationLevel: CandidateProfile['qualificationLevel'];
  certifications: string[];
  availability: { from: Date | null; workingTime: string; schedules: string[] };
}

export type SharedContact = { email: string | null; mobile: string | null };

export function sharedProfileOf(profile: CandidateProfile, now: Date): SharedProfile {
  return {
    sharedAt: now,
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
  };
}
