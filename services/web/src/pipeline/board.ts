import type { MatchAction, MatchStatus } from '../ui/labels';

/** The board's columns: the open steps in their order, then every outcome. */
export const openColumns: readonly MatchStatus[] = [
  'suggested',
  'shortlisted',
  'proposed',
  'interview_requested',
  'interview_scheduled',
];
export const outcomeColumns: readonly MatchStatus[] = [
  'hired',
  'not_hired',
  'declined',
  'dismissed',
  'withdrawn',
  'no_show',
  'cancelled',
  'expired',
];

/** What an adviser reads of a status (the employer's labels speak to the employer). */
export const adviserStatusLabels: Record<MatchStatus, string> = {
  suggested: 'Suggérée',
  shortlisted: 'Présélectionnée',
  proposed: 'Proposée à l’employeur',
  interview_requested: 'Entretien demandé',
  interview_scheduled: 'Entretien planifié',
  hired: 'Recrutée',
  not_hired: 'Non retenue après entretien',
  declined: 'Déclinée par l’employeur',
  dismissed: 'Écartée',
  withdrawn: 'Retirée',
  no_show: 'Absence à l’entretien',
  cancelled: 'Annulée',
  expired: 'Expirée sans réponse',
};

/** The steps an adviser takes, in the order their buttons stand. */
export const adviserActions = [
  'shortlist',
  'propose',
  'share_contact',
  'record_no_show',
  'withdraw',
  'dismiss',
] as const;
export type AdviserAction = (typeof adviserActions)[number];

export const adviserActionLabels: Record<AdviserAction, string> = {
  shortlist: 'Présélectionner',
  propose: 'Proposer à l’employeur',
  share_contact: 'Enregistrer l’accord de partage des coordonnées',
  record_no_show: 'Signaler une absence à l’entretien',
  withdraw: 'Retirer la candidature',
  dismiss: 'Écarter',
};

export function isAdviserAction(action: MatchAction): action is AdviserAction {
  return (adviserActions as readonly string[]).includes(action);
}

/**
 * The adviser's actions among those the API allows now, in button order; the agreement to share
 * the contact, once recorded, is not offered again (the API would take it again, to no effect).
 */
export function adviserActionsOf(allowed: readonly MatchAction[], contactShared = false): AdviserAction[] {
  return adviserActions.filter((action) => allowed.includes(action) && !(action === 'share_contact' && contactShared));
}

interface Waiting {
  status: MatchStatus;
  contactShared: boolean;
}

/** What is expected next, and from whom; null once the match has its outcome. */
export function nextStep({ status, contactShared }: Waiting): string | null {
  switch (status) {
    case 'suggested':
      return 'À vous : présélectionner ou écarter';
    case 'shortlisted':
      return 'À vous : proposer à l’employeur, avec l’accord de la personne';
    case 'proposed':
      return 'Réponse de l’employeur attendue';
    case 'interview_requested':
      return 'L’employeur fixe la date de l’entretien';
    case 'interview_scheduled':
      return contactShared
        ? 'Entretien à venir ; suite de l’employeur attendue'
        : 'À vous : recueillir l’accord de la personne pour partager ses coordonnées';
    default:
      return null;
  }
}

/** When the match took its last step (its history's last line; its creation before any). */
export function lastStepAt(match: { history: readonly { at: string }[]; createdAt?: string }): string | null {
  return match.history.at(-1)?.at ?? match.createdAt ?? null;
}

const hourMs = 3600 * 1000;
const dayMs = 24 * hourMs;
const plural = (count: number, word: string) => `${count} ${word}${count > 1 ? 's' : ''}`;

/** How long since the last step, in words: "depuis 3 jours". */
export function waitingFor(sinceIso: string | null, now = Date.now()): string {
  if (!sinceIso) return '—';
  const elapsed = Math.max(0, now - new Date(sinceIso).getTime());
  if (elapsed < hourMs) return 'depuis moins d’une heure';
  if (elapsed < dayMs) return `depuis ${plural(Math.floor(elapsed / hourMs), 'heure')}`;
  const days = Math.floor(elapsed / dayMs);
  if (days < 14) return `depuis ${plural(days, 'jour')}`;
  if (days < 60) return `depuis ${plural(Math.floor(days / 7), 'semaine')}`;
  return `depuis ${Math.floor(days / 30)} mois`;
}

/** Whole days since the last step, for sorting and for the "waiting long" mark. */
export function daysWaiting(sinceIso: string | null, now = Date.now()): number {
  return sinceIso ? Math.max(0, Math.floor((now - new Date(sinceIso).getTime()) / dayMs)) : 0;
}

/** The matches per column, in the order the board shows them. */
export function byColumn<T extends { status: MatchStatus; history: readonly { at: string }[] }>(
  matches: readonly T[],
): Map<MatchStatus, T[]> {
  const columns = new Map<MatchStatus, T[]>([...openColumns, ...outcomeColumns].map((status) => [status, []]));
  for (const match of matches) columns.get(match.status)?.push(match);
  for (const [status, list] of columns) {
    const open = openColumns.includes(status);
    // Open steps: who waited longest on top; outcomes: the latest first.
    list.sort((a, b) => (open ? 1 : -1) * (lastStepAt(a) ?? '').localeCompare(lastStepAt(b) ?? ''));
  }
  return columns;
}
