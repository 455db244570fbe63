import { conventionTargetKinds } from '../../../../shared/domain/reporting/conventions/convention';
import type { ConventionTargetKind, NewConvention, Sector } from './labels';

/** The « Nouvelle convention » form as typed: every field a string, as its input holds it. */
export interface ConventionDraft {
  name: string;
  partnerIds: string[];
  sector: Sector | '';
  departmentCode: string;
  from: string;
  to: string;
  /** A count per kind, or a percentage for the rate; '' for no target of that kind. */
  targets: Record<ConventionTargetKind, string>;
}

export const targetKinds: readonly ConventionTargetKind[] = conventionTargetKinds;

export function emptyConventionDraft(): ConventionDraft {
  return {
    name: '',
    partnerIds: [],
    sector: '',
    departmentCode: '',
    from: '',
    to: '',
    targets: Object.fromEntries(targetKinds.map((kind) => [kind, ''])) as Record<ConventionTargetKind, string>,
  };
}

/** « 12,5 » or « 12.5 » as 12.5; NaN for anything else, so that the API says what is wrong. */
function decimal(text: string): number {
  const normalised = text.trim().replace(/\s/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

/**
 * The API's body, and the kind of each target in order (the API names a target's error by its
 * index, `targets.1.value`: the form shows it next to that kind's input). The rate is typed as a
 * percentage (60) and sent as a share (0.6).
 */
export function conventionBody(draft: ConventionDraft): { body: NewConvention; targetOrder: ConventionTargetKind[] } {
  const targetOrder = targetKinds.filter((kind) => draft.targets[kind].trim() !== '');
  const targets = targetOrder.map((kind) => {
    const value = decimal(draft.targets[kind]);
    return kind === 'positive_outcome_rate' ? { kind, value: Math.round(value * 10) / 1000 } : { kind, value };
  }) as NewConvention['targets'];
  return {
    body: {
      name: draft.name.trim(),
      partnerIds: draft.partnerIds,
      sector: draft.sector || null,
      departmentCode: draft.departmentCode.trim().toUpperCase() || null,
      period: { from: draft.from, to: draft.to },
      targets,
    },
    targetOrder,
  };
}

/** The API's reasons for the targets, keyed by kind (`targets.1.value` → the second kind sent). */
export function targetErrors(
  fields: Record<string, string>,
  targetOrder: readonly ConventionTargetKind[],
): Partial<Record<ConventionTargetKind, string>> {
  const errors: Partial<Record<ConventionTargetKind, string>> = {};
  for (const [field, reason] of Object.entries(fields)) {
    const match = /^targets\.(\d+)(\.|$)/.exec(field);
    const kind = match ? targetOrder[Number(match[1])] : undefined;
    if (kind) errors[kind] = errors[kind] ? `${errors[kind]} ; ${reason}` : reason;
  }
  return errors;
}
