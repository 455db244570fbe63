import type { Outcome } from './outcome';

/**
 * The one place where an outcome is classed as the public statistics of insertion class exits
 * (DARES, "sorties dynamiques" of the insertion par l'activité économique):
 * - lasting employment: a CDI, a fixed-term or interim contract of 6 months or more, or the
 *   creation of a business;
 * - transitional employment: a shorter fixed-term or interim contract, or a subsidised contract
 *   (contrat aidé, CDDI…), whatever its length;
 * - positive exit: a qualifying training, or an entry into another structure (other_positive);
 * - other exit: a training that leads to no qualification;
 * - no solution.
 * Positive outcomes are the first three: lasting + transitional employment + positive exits.
 * An apprenticeship or professionalisation contract is lasting employment when it lasts 6 months
 * or more (they are work contracts that lead to a qualification). An immersion (PMSMP) is no
 * employment: it is other exit.
 */
export const outcomeClasses = [
  'lasting_employment',
  'transitional_employment',
  'positive_exit',
  'other_exit',
  'no_solution',
] as const;
export type OutcomeClass = (typeof outcomeClasses)[number];

export const outcomeClassLabels: Record<OutcomeClass, string> = {
  lasting_employment: 'Emploi durable',
  transitional_employment: 'Emploi de transition',
  positive_exit: 'Sortie positive',
  other_exit: 'Autre sortie',
  no_solution: 'Sans solution',
};

export const positiveOutcomeClasses: readonly OutcomeClass[] = [
  'lasting_employment',
  'transitional_employment',
  'positive_exit',
];

/** Months from which a fixed-term or interim contract counts as lasting. */
export const lastingContractMonths = 6;

export function classifyOutcome(
  outcome: Pick<Outcome, 'kind' | 'contractType' | 'durationMonths' | 'subsidised' | 'qualifying'>,
): OutcomeClass {
  switch (outcome.kind) {
    case 'business_creation':
      return 'lasting_employment';
    case 'training':
      return outcome.qualifying === true ? 'positive_exit' : 'other_exit';
    case 'other_positive':
      return 'positive_exit';
    case 'no_solution':
      return 'no_solution';
    case 'employment': {
      if (outcome.contractType === 'pmsmp') return 'other_exit';
      if (outcome.subsidised || outcome.contractType === 'cddi') return 'transitional_employment';
      if (outcome.contractType === 'cdi') return 'lasting_employment';
      return outcome.durationMonths !== null && outcome.durationMonths >= lastingContractMonths
        ? 'lasting_employment'
        : 'transitional_employment';
    }
  }
}

export const isPositive = (outcomeClass: OutcomeClass) => positiveOutcomeClasses.includes(outcomeClass);
