import type { ConventionPeriod, CountTargetKind } from './convention';
import { minimumPeopleForRate, type ConventionStatus } from './conventionStatus';

// The French sentence shown next to each target of a convention.

const nouns: Record<CountTargetKind, { one: string; many: string }> = {
  recruited: { one: 'personne recrutée', many: 'personnes recrutées' },
  trained: { one: 'entrée en formation', many: 'entrées en formation' },
  recruited_or_trained: { one: 'personne recrutée ou formée', many: 'personnes recrutées ou formées' },
  event_participants: {
    one: 'participant aux événements de recrutement',
    many: 'participants aux événements de recrutement',
  },
};

const months = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });

/** « 1er janvier 2026 », « 31 décembre 2026 »: period dates are whole days in UTC. */
export function frenchDate(date: Date): string {
  const day = date.getUTCDate();
  return `${day === 1 ? '1er' : String(day)} ${months[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
}

/** French agreement: 0 and 1 take the singular. */
function counted(value: number, noun: { one: string; many: string }): string {
  return `${integer.format(value)} ${value < 2 ? noun.one : noun.many}`;
}

export function countExplanation(input: {
  kind: CountTargetKind;
  target: number;
  actual: number | null;
  expected: number;
  status: ConventionStatus;
  period: ConventionPeriod;
}): string {
  const noun = nouns[input.kind];
  const target = counted(input.target, noun);
  const actual = counted(input.actual ?? 0, noun);
  const outOf = `${actual} sur ${integer.format(input.target)}`;
  const expected = `attendu à ce jour : ${integer.format(Math.round(input.expected))}`;
  switch (input.status) {
    case 'not_started':
      return `Commence le ${frenchDate(input.period.from)} : objectif de ${target} d’ici le ${frenchDate(input.period.to)}.`;
    case 'unmeasured':
      return `Pas encore mesuré dans Passerelle : objectif de ${target}.`;
    case 'met':
      return `Objectif atteint : ${actual} pour un objectif de ${integer.format(input.target)}.`;
    case 'missed':
      return `Objectif non atteint : ${outOf} au ${frenchDate(input.period.to)}, fin de la convention.`;
    case 'behind':
      return `En retard : ${outOf} ; ${expected}.`;
    case 'on_track':
      return `${outOf} ; ${expected}.`;
  }
}

export function rateExplanation(input: {
  target: number;
  actual: number | null;
  outOf: number;
  positive: number;
  status: ConventionStatus;
  period: ConventionPeriod;
}): string {
  const target = `objectif de ${percent.format(input.target)}`;
  const people = `${integer.format(input.positive)} sur ${counted(input.outOf, { one: 'personne', many: 'personnes' })} avec une sortie`;
  const rate = `${percent.format(input.actual ?? 0)} de sorties positives (${people})`;
  switch (input.status) {
    case 'not_started':
      return `Commence le ${frenchDate(input.period.from)} : ${target} de sorties positives.`;
    case 'unmeasured':
      return `Pas encore mesuré dans Passerelle : ${target} de sorties positives.`;
    case 'met':
      return `Objectif atteint : ${rate}, pour un ${target}.`;
    case 'missed':
      return input.actual === null
        ? `Objectif non atteint : aucune sortie enregistrée sur la période (${target}).`
        : `Objectif non atteint : ${rate}, pour un ${target}.`;
    case 'behind':
      return `En retard : ${rate}, pour un ${target}.`;
    case 'on_track':
      if (input.actual === null) return `Aucune sortie enregistrée pour l’instant ; ${target} de sorties positives.`;
      if (input.outOf < minimumPeopleForRate) {
        return `${rate} : trop peu de personnes pour juger le taux avant 5 sorties ; ${target}.`;
      }
      return `${rate}, pour un ${target}.`;
  }
}
