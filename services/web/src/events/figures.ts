import { formatCount, formatRate } from '../reporting/format';
import type { EventFigures } from './sharedLabels';

/** The funnel's steps, in order, with what each counts. */
export const funnelSteps: readonly { key: keyof Omit<EventFigures, 'rates'>; label: string }[] = [
  { key: 'invited', label: 'Invités' },
  { key: 'registered', label: 'Inscrits' },
  { key: 'attended', label: 'Présents' },
  { key: 'noShows', label: 'Absents' },
  { key: 'walkIns', label: 'Venus sans inscription' },
  { key: 'interviews', label: 'Entretiens' },
  { key: 'hires', label: 'Embauches' },
  { key: 'trainings', label: 'Entrées en formation' },
];

/** The rates, each with its base said in words (the API's: null when the base is 0). */
export const rateLabels: readonly { key: keyof EventFigures['rates']; label: string; base: string }[] = [
  { key: 'registration', label: 'Taux d’inscription', base: 'des personnes invitées' },
  { key: 'attendance', label: 'Taux de présence', base: 'des personnes inscrites' },
  { key: 'interview', label: 'Taux d’entretien', base: 'des personnes présentes' },
  { key: 'positiveOutcome', label: 'Taux de sorties positives', base: 'des présents, dans les 3 mois' },
];

/** One table row of figures: the counts, then the rates as percentages. */
export function figureCells(figures: EventFigures): string[] {
  return [
    ...funnelSteps.map((step) => formatCount(figures[step.key])),
    ...rateLabels.map((rate) => formatRate(figures.rates[rate.key])),
  ];
}

export const figureHeaders: string[] = [
  ...funnelSteps.map((step) => step.label),
  ...rateLabels.map((rate) => rate.label),
];
