import { z } from 'zod';
import type { Actor } from '../../shared/domain/accounts/session';
import { ValidationError, type FieldProblem } from '../../shared/domain/errors';
import type { Dependencies } from '../../shared/wiring/buildDependencies';
import { zodIssuesToFieldProblems } from '../api/http/zodIssuesToFieldProblems';
import { newCandidateBodySchema } from '../api/schemas/candidateSchemas';
import { newOfferBodySchema } from '../api/schemas/offerSchemas';
import { lineText } from '../api/schemas/textSchemas';
import { candidateColumns, candidateFromCells, offerColumns, offerFromCells } from './csvColumns';
import type { Progress } from './progress';
import type { SourceRow } from './readRows';

export const importKinds = ['offers', 'candidates'] as const;
export type ImportKind = (typeof importKinds)[number];

export interface Rejection extends FieldProblem {
  line: number;
}

export interface ImportReport {
  rows: number;
  created: number;
  updated: number;
  rejected: Rejection[];
  /** false when a rejection stopped the import before any write. */
  written: boolean;
}

const externalRef = lineText(100, { missing: 'référence externe obligatoire pour un import' });
const offerRowSchema = newOfferBodySchema.extend({ externalRef, publish: z.boolean().default(false) });
const candidateRowSchema = newCandidateBodySchema.extend({ externalRef });

type OfferRow = z.infer<typeof offerRowSchema>;
type CandidateRow = z.infer<typeof candidateRowSchema>;

/**
 * Two passes: every row is checked as its write would be (shape, ROME codes, communes, rules);
 * if any is rejected nothing is written and the report lists them all. Otherwise each row is
 * written through the import use case (created, or updated by its external reference).
 */
export async function runImport(
  kind: ImportKind,
  rows: SourceRow[],
  actor: Actor,
  useCases: Dependencies['useCases'],
  progress: Progress,
): Promise<ImportReport> {
  const rejected: Rejection[] = unknownColumns(kind, rows);
  const valid: { line: number; row: OfferRow | CandidateRow }[] = [];

  progress.start('vérification', rows.length);
  for (const source of rows) {
    const values = source.flat
      ? (kind === 'offers' ? offerFromCells : candidateFromCells)(source.values as Record<string, string>)
      : source.values;
    const parsed = (kind === 'offers' ? offerRowSchema : candidateRowSchema).safeParse(values);
    if (!parsed.success) {
      rejected.push(
        ...zodIssuesToFieldProblems('body', parsed.error).map((problem) => ({ line: source.line, ...problem })),
      );
    } else {
      const problems = await check(kind, parsed.data, actor, useCases);
      if (problems.length > 0) rejected.push(...problems.map((problem) => ({ line: source.line, ...problem })));
      else valid.push({ line: source.line, row: parsed.data });
    }
    progress.advance();
  }
  progress.stop();
  if (rejected.length > 0) return { rows: rows.length, created: 0, updated: 0, rejected, written: false };

  let created = 0;
  let updated = 0;
  progress.start('écriture', valid.length);
  for (const { row } of valid) {
    const { outcome } = await write(kind, row, actor, useCases);
    if (outcome === 'created') created += 1;
    else updated += 1;
    progress.advance();
  }
  progress.stop();
  return { rows: rows.length, created, updated, rejected, written: true };
}

/** A column the import does not know would be dropped without a word: it is a rejection of the header (line 1). */
function unknownColumns(kind: ImportKind, rows: SourceRow[]): Rejection[] {
  const first = rows[0];
  if (!first?.flat) return [];
  const known = kind === 'offers' ? offerColumns : candidateColumns;
  return Object.keys(first.values)
    .filter((column) => !known.includes(column))
    .map((column) => ({
      line: 1,
      field: column,
      reason: `colonne inconnue ; colonnes possibles : ${known.join(', ')}`,
    }));
}

async function check(
  kind: ImportKind,
  row: OfferRow | CandidateRow,
  actor: Actor,
  useCases: Dependencies['useCases'],
): Promise<FieldProblem[]> {
  try {
    if (kind === 'offers') {
      const { externalRef, publish: _publish, ...offer } = row as OfferRow;
      await useCases.importOffer.check({ actor, externalRef, offer });
    } else {
      const {
        externalRef: _ref,
        shareWithEmployers: _share,
        referentAdviserId: _referent,
        ...candidate
      } = row as CandidateRow;
      await useCases.importCandidate.check({ candidate });
    }
    return [];
  } catch (error) {
    if (error instanceof ValidationError) return [...error.problems];
    throw error;
  }
}

async function write(kind: ImportKind, row: OfferRow | CandidateRow, actor: Actor, useCases: Dependencies['useCases']) {
  if (kind === 'offers') {
    const { externalRef, publish, ...offer } = row as OfferRow;
    return useCases.importOffer.execute({ actor, externalRef, offer, publish });
  }
  const { externalRef, shareWithEmployers, referentAdviserId: _referent, ...candidate } = row as CandidateRow;
  return useCases.importCandidate.execute({ actor, externalRef, candidate, shareWithEmployers });
}
