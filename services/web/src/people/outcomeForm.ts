import type { NewOutcome } from './outcomeQueries';

export type OutcomeKind = NewOutcome['kind'];
export type ContractType = NonNullable<NewOutcome['contractType']>;
export type OutcomeSector = NonNullable<NewOutcome['sector']>;

/** The « Enregistrer une sortie » form as typed. */
export interface OutcomeDraft {
  kind: OutcomeKind | '';
  date: string;
  contractType: ContractType | '';
  durationMonths: string;
  subsidised: boolean;
  qualifying: 'yes' | 'no' | '';
  sector: OutcomeSector | '';
}

export function emptyOutcomeDraft(today: string): OutcomeDraft {
  return { kind: '', date: today, contractType: '', durationMonths: '', subsidised: false, qualifying: '', sector: '' };
}

/**
 * The API's body: the contract's fields only for an employment, « qualifiante » only for a
 * training (a field of another kind, left filled after a change of kind, is not sent).
 */
export function outcomeBody(draft: OutcomeDraft & { kind: OutcomeKind }): NewOutcome {
  const employment = draft.kind === 'employment';
  const months = draft.durationMonths.trim();
  return {
    kind: draft.kind,
    date: draft.date,
    contractType: employment && draft.contractType ? draft.contractType : null,
    durationMonths: employment && months ? Number(months) : null,
    subsidised: employment && draft.subsidised,
    qualifying: draft.kind === 'training' && draft.qualifying ? draft.qualifying === 'yes' : null,
    sector: draft.sector || null,
  };
}
