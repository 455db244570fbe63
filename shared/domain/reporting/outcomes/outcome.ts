import type { ContractType } from '../../reference/employmentTerms';
import type { Sector } from '../../reference/sectors';

/** What became of a person followed, beyond "hired": recorded by the adviser, or from a hire. */
export const outcomeKinds = ['employment', 'training', 'business_creation', 'other_positive', 'no_solution'] as const;
export type OutcomeKind = (typeof outcomeKinds)[number];

export const outcomeKindLabels: Record<OutcomeKind, string> = {
  employment: 'Emploi',
  training: 'Entrée en formation',
  business_creation: 'Création d’entreprise',
  other_positive: 'Autre sortie positive (autre structure d’insertion…)',
  no_solution: 'Sortie sans solution',
};

export interface Outcome {
  id: string;
  candidateId: string;
  /** The organisation that follows the person. */
  organizationId: string;
  kind: OutcomeKind;
  /** The day it started (the first day of work or of training, the exit). */
  date: Date;
  /** For employment. */
  contractType: ContractType | null;
  /** For a fixed-term contract or interim: months planned; null for a CDI or when unknown. */
  durationMonths: number | null;
  /** A subsidised contract (PEC, CDDI, contrat aidé…). */
  subsidised: boolean;
  /** For a training: it leads to a qualification (a diploma, a title, a CQP). */
  qualifying: boolean | null;
  /** When it came from a hire in the pipeline. */
  matchId: string | null;
  offerId: string | null;
  employerOrganizationId: string | null;
  /** The sector of the job or of the training, when known. */
  sector: Sector | null;
  recordedBy: string;
  recordedAt: Date;
}

export type NewOutcome = Omit<Outcome, 'id' | 'recordedAt'>;
