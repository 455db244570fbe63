export const conventionStatuses = ['not_started', 'on_track', 'behind', 'met', 'missed', 'unmeasured'] as const;
/**
 * `met` as soon as a count reaches its target (counts only grow over the period) and, for the
 * rate, once the period has ended; `missed` only once it has ended; `unmeasured` while Passerelle
 * has no figure for the target (recruitment events), so that a missing figure never reads as a delay.
 */
export type ConventionStatus = (typeof conventionStatuses)[number];

export const conventionStatusLabels: Record<ConventionStatus, string> = {
  not_started: 'Pas encore commencée',
  on_track: 'Dans les temps',
  behind: 'En retard',
  met: 'Objectif atteint',
  missed: 'Objectif non atteint',
  unmeasured: 'Pas encore mesurable',
};

/**
 * A count is behind when it falls short of the expected figure by more than 10 % of that figure
 * and by more than one person: early in a period (2 expected, 1 done) a single person is noise.
 */
export const behindTolerance = { share: 0.1, people: 1 } as const;

/** Below 5 people with an outcome a rate says nothing yet (1 of 2 is 50 %): it is not judged before the end. */
export const minimumPeopleForRate = 5;
