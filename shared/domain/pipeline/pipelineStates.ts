/**
 * The recruitment pipeline of one person for one offer, modelled on the application workflow of
 * les emplois de l'inclusion (states, transition table, transition log, structured reasons), with
 * the adviser's review before anything reaches the employer.
 */
export const matchStatuses = [
  'suggested',
  'shortlisted',
  'dismissed',
  'proposed',
  'interview_requested',
  'interview_scheduled',
  'hired',
  'not_hired',
  'declined',
  'expired',
  'withdrawn',
  'no_show',
  'cancelled',
] as const;
export type MatchStatus = (typeof matchStatuses)[number];

export const openStatuses: readonly MatchStatus[] = [
  'suggested',
  'shortlisted',
  'proposed',
  'interview_requested',
  'interview_scheduled',
];

/** From proposed on, the employer knows of the match. */
export const statusesSeenByEmployers: readonly MatchStatus[] = matchStatuses.filter(
  (status) => !['suggested', 'shortlisted', 'dismissed'].includes(status),
);

export const matchActions = [
  'shortlist',
  'dismiss',
  'propose',
  'request_interview',
  'decline',
  'schedule_interview',
  'share_contact',
  'hire',
  'record_not_hired',
  'withdraw',
  'record_no_show',
  'expire',
  'cancel',
] as const;
export type MatchAction = (typeof matchActions)[number];

/** What people do; expiry and cancellation are the system's. */
export const personActions = matchActions.filter(
  (action): action is Exclude<MatchAction, 'expire' | 'cancel'> => action !== 'expire' && action !== 'cancel',
);

export type ActorKind = 'adviser' | 'employer' | 'system';

export interface TransitionRule {
  action: MatchAction;
  from: readonly MatchStatus[];
  /** null: the status stays (an action recorded in the history). */
  to: MatchStatus | null;
  by: ActorKind;
  /** A reason code is required (dismiss, decline); optional for others that take one. */
  reason: 'required' | 'optional' | 'none';
}

/** Who may do what, from where, to where: the whole state machine. */
export const transitionRules: readonly TransitionRule[] = [
  { action: 'shortlist', from: ['suggested'], to: 'shortlisted', by: 'adviser', reason: 'none' },
  { action: 'dismiss', from: ['suggested', 'shortlisted'], to: 'dismissed', by: 'adviser', reason: 'required' },
  { action: 'propose', from: ['shortlisted'], to: 'proposed', by: 'adviser', reason: 'none' },
  { action: 'request_interview', from: ['proposed'], to: 'interview_requested', by: 'employer', reason: 'none' },
  { action: 'decline', from: ['proposed', 'interview_requested'], to: 'declined', by: 'employer', reason: 'required' },
  {
    action: 'schedule_interview',
    from: ['interview_requested'],
    to: 'interview_scheduled',
    by: 'employer',
    reason: 'none',
  },
  { action: 'share_contact', from: ['interview_scheduled'], to: null, by: 'adviser', reason: 'none' },
  { action: 'hire', from: ['interview_scheduled'], to: 'hired', by: 'employer', reason: 'none' },
  { action: 'record_not_hired', from: ['interview_scheduled'], to: 'not_hired', by: 'employer', reason: 'optional' },
  {
    action: 'withdraw',
    from: ['interview_requested', 'interview_scheduled'],
    to: 'withdrawn',
    by: 'adviser',
    reason: 'optional',
  },
  { action: 'record_no_show', from: ['interview_scheduled'], to: 'no_show', by: 'adviser', reason: 'none' },
  { action: 'expire', from: ['proposed'], to: 'expired', by: 'system', reason: 'optional' },
  { action: 'cancel', from: openStatuses, to: 'cancelled', by: 'system', reason: 'optional' },
];

export const reasonCodes = [
  'lacking_skills',
  'not_mobile',
  'incompatible_constraint',
  'not_interested',
  'unavailable_employed',
  'unavailable_training',
  'no_position',
  'duplicate',
  'offer_closed',
  'profile_inactive',
  'no_answer',
  'other',
] as const;
export type ReasonCode = (typeof reasonCodes)[number];

export const reasonLabels: Record<ReasonCode, string> = {
  lacking_skills: 'Compétences insuffisantes',
  not_mobile: 'Mobilité insuffisante',
  incompatible_constraint: 'Contrainte incompatible avec le poste',
  not_interested: 'Pas intéressé(e)',
  unavailable_employed: 'Indisponible : en emploi',
  unavailable_training: 'Indisponible : en formation',
  no_position: 'Plus de poste à pourvoir',
  duplicate: 'Doublon',
  offer_closed: 'Offre clôturée ou pourvue',
  profile_inactive: 'Profil plus en recherche active ou partage retiré',
  no_answer: 'Sans réponse de l’employeur dans les délais',
  other: 'Autre motif',
};

/** Reasons only the system sets (cancellation when an offer closes or a person leaves, expiry). */
const systemReasonCodes: readonly ReasonCode[] = ['offer_closed', 'profile_inactive', 'no_answer'];

/** Reasons people choose: every other one. */
export const chosenReasonCodes: readonly ReasonCode[] = reasonCodes.filter((code) => !systemReasonCodes.includes(code));
