import { z } from 'zod';

/*
 * The free text of request bodies (names, titles, labels, descriptions, notes), checked here only:
 * the API and the bulk import parse with the same schemas, so they refuse the same input. Every
 * text is normalised to NFC (an "é" typed as e + U+0301 and the precomposed one then compare,
 * search and deduplicate alike) and trimmed, then refused with one French reason when it holds:
 * - half of a UTF-16 pair: a JSON body can carry "\uD800", no correct encoder writes it;
 * - U+FFFD, what a decoder leaves of bytes that were not UTF-8 (a Latin-1 CSV file);
 * - a control character (U+0000–U+001F, U+007F–U+009F); multi-line texts keep \n and \t, and
 *   their \r\n and \r become \n;
 * - a line break in a single-line text (U+2028 and U+2029 included);
 * - a bidi embedding, override or isolate (U+202A–U+202E, U+2066–U+2069), which reorders what a
 *   reader sees ("Trojan Source") and which nobody types into a form;
 * - nothing visible: only spaces, zero-width or other format characters, combining marks alone,
 *   Hangul fillers or the blank braille pattern (an empty text where one is required too).
 * Letters of every script, accents, apostrophes, hyphens and inner spaces are kept; zero-width
 * joiners (Persian, Indic scripts, emoji) may appear inside a text.
 */

const loneSurrogate = /[\uD800-\uDFFF]/u;
const replacementCharacter = /\uFFFD/u;
const control = /\p{Cc}/u;
/** Any control character but \n and \t. */
const controlInMultiline = /[^\P{Cc}\n\t]/u;
const lineBreak = /[\n\r\u2028\u2029]/u;
const bidiControl = /[\u202A-\u202E\u2066-\u2069]/u;
const invisibleOnly = /^[\p{White_Space}\p{Cc}\p{Cf}\p{M}\p{Default_Ignorable_Code_Point}\u2800]*$/u;
const digit = /\p{Nd}/u;
const letter = /\p{L}/u;

type TextKind = 'line' | 'multiline' | 'personName';

function codePoint(value: string, pattern: RegExp): string {
  const found = pattern.exec(value)?.[0] ?? '';
  return `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function textProblem(value: string, kind: TextKind, required: boolean): string | undefined {
  if (loneSurrogate.test(value)) return 'texte mal encodé (moitié de caractère UTF-16 isolée)';
  if (replacementCharacter.test(value)) {
    return 'texte mal encodé (caractère U+FFFD) : vérifiez que la source est en UTF-8';
  }
  if (kind !== 'multiline' && lineBreak.test(value)) return 'retour à la ligne interdit dans ce champ';
  const controls = kind === 'multiline' ? controlInMultiline : control;
  if (controls.test(value)) return `caractère de contrôle interdit (${codePoint(value, controls)})`;
  if (bidiControl.test(value)) {
    return `caractère de contrôle bidirectionnel interdit (${codePoint(value, bidiControl)})`;
  }
  if (invisibleOnly.test(value) && (required || value !== '')) return 'texte vide ou sans caractère visible';
  if (kind === 'personName' && digit.test(value)) return 'un nom ne contient pas de chiffres';
  if (kind === 'personName' && !letter.test(value)) return 'un nom contient au moins une lettre';
  return undefined;
}

interface TextOptions {
  /** Characters at least (1 by default: required and not blank). */
  min?: number;
  /** The reason given when the field is missing or empty, when "champ obligatoire" says too little. */
  missing?: string;
}

function text(kind: TextKind, max: number, { min = kind === 'multiline' ? 0 : 1, missing }: TextOptions) {
  const base = z.string({
    error: (issue) => (issue.input === undefined ? (missing ?? 'champ obligatoire') : 'texte attendu'),
  });
  const normalised = (kind === 'multiline' ? base.overwrite((value) => value.replace(/\r\n?/g, '\n')) : base)
    .normalize('NFC')
    .trim();
  const checked = normalised
    .superRefine((value, context) => {
      const reason = missing && value === '' ? missing : textProblem(value, kind, min > 0);
      // One reason per field: the length checks below would only repeat it.
      if (reason) context.addIssue({ code: 'custom', message: reason, continue: false });
    })
    .max(max, `au plus ${max} caractères`);
  return min > 0 ? checked.min(min, `au moins ${min} caractères`) : checked;
}

/** A name, title, label or reference on one line. */
export const lineText = (max: number, options: TextOptions = {}) => text('line', max, options);

/** A person's first or last name: a single-line text with at least one letter and no digit. */
export const personName = (max: number) => text('personName', max, {});

/** A description, note or comment: line breaks and tabs allowed, empty by default. */
export const multilineText = (max: number, options: TextOptions = {}) => text('multiline', max, options);
