import type { FieldProblem } from '../../errors';
import { isCountTarget, type ConventionContent } from './convention';

/**
 * Rules that hold across fields (each field's own shape is checked at the edge); the partners'
 * membership of the territory is checked by the use cases, which can read organisations.
 */
export function conventionContentProblems(content: ConventionContent): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (content.name.trim() === '') problems.push({ field: 'name', reason: 'nom obligatoire' });
  if (content.partnerIds.length === 0) {
    problems.push({ field: 'partnerIds', reason: 'indiquez au moins une organisation partenaire' });
  }
  if (content.period.to.getTime() <= content.period.from.getTime()) {
    problems.push({ field: 'period.to', reason: 'la fin de la période doit être postérieure à son début' });
  }
  if (content.targets.length === 0) problems.push({ field: 'targets', reason: 'indiquez au moins un objectif' });
  const seen = new Set<string>();
  content.targets.forEach((target, index) => {
    if (seen.has(target.kind)) {
      problems.push({ field: `targets.${index}.kind`, reason: 'un seul objectif de chaque type' });
    }
    seen.add(target.kind);
    if (isCountTarget(target.kind) && !(Number.isInteger(target.value) && target.value >= 1)) {
      problems.push({ field: `targets.${index}.value`, reason: 'un nombre entier positif est attendu' });
    }
    if (!isCountTarget(target.kind) && !(target.value > 0 && target.value <= 1)) {
      problems.push({ field: `targets.${index}.value`, reason: 'un taux entre 0 (exclu) et 1 est attendu' });
    }
  });
  return problems;
}

/** The same partner given twice counts once, in the order first given. */
export function distinctPartners(partnerIds: readonly string[]): string[] {
  return [...new Set(partnerIds.map((id) => id.toLowerCase()))];
}
