import type { Actor } from '../../accounts/session';
import { holdsSameValues } from '../../common/sameValues';
import type { CandidateContent, CandidateProfile } from '../candidateProfile';
import type { CandidateInput } from '../candidateContent';
import type { CandidateDeps } from '../candidateDeps';
import { candidateNotFound } from '../candidateNotFound';
import { followStatusEvent } from '../followStatusEvent';
import { checkReferent, resolveCandidateInput } from '../resolveCandidateInput';

/** Top-level fields replace the stored ones; the nested contact, mobility and availability merge into them. */
export type CandidateChangesInput = Partial<Omit<CandidateInput, 'contact' | 'mobility' | 'availability'>> & {
  contact?: Partial<CandidateInput['contact']> | undefined;
  mobility?: Partial<CandidateInput['mobility']> | undefined;
  availability?: Partial<CandidateInput['availability']> | undefined;
};

export interface UpdateCandidateInput {
  actor: Actor;
  candidateId: string;
  changes: CandidateChangesInput;
  shareWithEmployers?: boolean | undefined;
  referentAdviserId?: string | undefined;
}

/** Changes some fields of a profile; the whole result is checked again. */
export class UpdateCandidate {
  constructor(private readonly deps: CandidateDeps) {}

  async execute(input: UpdateCandidateInput): Promise<CandidateProfile> {
    const { actor } = input;
    const current = await this.deps.candidates.findInOrganization(actor.organizationId, input.candidateId);
    if (!current) throw candidateNotFound();
    if (input.referentAdviserId && input.referentAdviserId !== current.referentAdviserId) {
      await checkReferent(this.deps, actor.organizationId, input.referentAdviserId);
    }
    const stored = inputOf(current);
    const { contact, mobility, availability, ...changes } = input.changes;
    const merged = {
      ...stored,
      ...changes,
      contact: { ...stored.contact, ...contact },
      mobility: { ...stored.mobility, ...mobility },
      availability: { ...stored.availability, ...availability },
    };
    const content = await resolveCandidateInput(this.deps, merged, current);
    const now = this.deps.clock.now();
    const consentChanged =
      input.shareWithEmployers !== undefined && input.shareWithEmployers !== current.consent?.shareWithEmployers;
    const referentChanged =
      input.referentAdviserId !== undefined && input.referentAdviserId !== current.referentAdviserId;
    // Changing nothing writes nothing: same version, same updatedAt, no indexing nor matching.
    if (!consentChanged && !referentChanged && holdsSameValues(current, content)) return current;
    const updated = await this.deps.candidates.update(
      actor.organizationId,
      input.candidateId,
      {
        ...content,
        ...(input.referentAdviserId ? { referentAdviserId: input.referentAdviserId } : {}),
        ...(consentChanged
          ? {
              consent: {
                shareWithEmployers: input.shareWithEmployers === true,
                recordedBy: actor.userId,
                recordedAt: now,
              },
            }
          : {}),
      },
      now,
    );
    if (!updated) throw candidateNotFound();
    await this.deps.indexing.enqueue('candidate', updated.id, updated.version);
    const followed = followStatusEvent(updated, current.status, updated.status, now);
    if (followed) await this.deps.events.publish([followed]);
    return updated;
  }
}

/** The stored profile as an input, experiences back to their ROME codes. */
function inputOf(profile: CandidateProfile): Omit<CandidateInput, 'homeCommune' | 'desiredJobs'> {
  const content: CandidateContent = profile;
  const {
    homeCommune: _home,
    desiredJobs: _jobs,
    experiences,
    contact,
    desiredSectors,
    acceptedContractTypes,
    skills,
    qualificationLevel,
    certifications,
    languages,
    mobility,
    availability,
    workConstraints,
    status,
  } = content;
  return {
    contact,
    desiredSectors,
    acceptedContractTypes,
    skills,
    experiences: experiences.map(({ romeCode, months }) => ({ romeCode, months })),
    qualificationLevel,
    certifications,
    languages,
    mobility,
    availability,
    workConstraints,
    status,
  };
}
