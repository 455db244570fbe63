import { formatDateTime } from '../ui/format';
import { points } from './scoreBreakdown';

interface ListFacts {
  currentVersion: number;
  computedVersion: number | null;
  computedAt: string | null;
  durationMs: number | null;
  retrieved: number;
  eligible: number;
}

export function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${points(ms / 1000)} s`;
}

/** "de l’offre", "du profil": French contracts "de le". */
export const of = (subject: string) => (subject.startsWith('le ') ? `du ${subject.slice(3)}` : `de ${subject}`);

const count = (value: number, word: string) => `${value} ${word}${value > 1 ? 's' : ''}`;

/** When and on which version a list of suggestions was computed, and how many it read and kept. */
export function listSummary(list: ListFacts, subject: string): string {
  if (list.computedAt === null) return `Les suggestions ${of(subject)} n’ont pas encore été calculées.`;
  return [
    `Liste calculée le ${formatDateTime(list.computedAt)}`,
    list.durationMs !== null ? ` en ${duration(list.durationMs)}` : '',
    `, sur la version ${list.computedVersion ?? '—'} ${of(subject)} (version actuelle : ${list.currentVersion}) ; `,
    `${count(list.retrieved, 'résultat')} pour les critères obligatoires, dont ${count(list.eligible, 'éligible')}.`,
  ].join('');
}
