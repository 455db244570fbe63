import { stemmer } from '@orama/stemmers/french';
import { stopwords } from '@orama/stopwords/french';

/**
 * French words reduced to what two spellings of one idea share: "Conduire un chariot élévateur"
 * and "conduite de chariots elevateurs" give the same few stems, so skills can be compared by
 * meaning rather than by exact wording. Pure and deterministic: the same text always gives the
 * same stems, whatever the machine.
 */

/**
 * Words that carry no skill of their own. Orama's maintained French list, plus the words advisers
 * and employers put around a skill ("maîtrise de", "connaissance des", "agent de"), which would
 * otherwise make "Agent de sécurité" look like "Agent de propreté". Compared without accents.
 */
const domainStopWords = [
  'agent',
  'agente',
  'agents',
  'operateur',
  'operatrice',
  'ouvrier',
  'ouvriere',
  'employe',
  'employee',
  'capacite',
  'capacites',
  'competence',
  'competences',
  'connaissance',
  'connaissances',
  'maitrise',
  'maitriser',
  'notion',
  'notions',
  'bon',
  'bonne',
  'bonnes',
  'utilisation',
  'etc',
  'jusqu',
  'lorsqu',
  'puisqu',
];
const stopWords = new Set([...stopwords.map(foldAccents), ...domainStopWords]);

/** One-letter words that name something in a skill: the C and R programming languages. */
const meaningfulLetters = new Set(['c', 'r']);

/** A word starts with a letter or digit; "+" and "#" may follow, for "c++" and "c#". */
const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}+#]*/gu;
const lettersOnly = /^\p{L}+$/u;
const apostrophes = new Set(["'", '’']);

/** Accents removed (NFD, then combining marks dropped): "élévateur" gives "elevateur". */
function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * The words of a text, lowercased with their accents kept (the stemmer needs them), ligatures
 * written out ("œuvre" as "oeuvre", as people type it). Elided words ("l'", "d'", "qu'") are
 * dropped where they stand, so a one-letter word left is a real one.
 */
function frenchWords(text: string): string[] {
  const lower = text.toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae');
  const words: string[] = [];
  for (const match of lower.matchAll(wordPattern)) {
    const word = match[0];
    const next = lower.charAt(match.index + word.length);
    if (!apostrophes.has(next)) words.push(word);
  }
  return words;
}

function isContentWord(word: string, folded: string): boolean {
  if (meaningfulLetters.has(word)) return true;
  if (stopWords.has(folded)) return false;
  return word.length > 1 || !lettersOnly.test(word);
}

/** Words with digits or symbols ("r489", "3x8", "c++") are codes: they are kept as written. */
function stemOf(word: string): string {
  return foldAccents(lettersOnly.test(word) ? stemmer(word) : word);
}

function computeContentStems(text: string): string[] {
  const stems = new Set<string>();
  for (const word of frenchWords(text)) {
    const folded = foldAccents(word);
    if (isContentWord(word, folded)) stems.add(stemOf(word));
  }
  return [...stems];
}

/**
 * The scorer asks for the same skill phrases once per person of a pool (up to 20,000 people):
 * remembering them keeps stemming out of the hot loop. The bound keeps a long-running worker's
 * memory flat (some 10 MB when full). It sits above the distinct phrases of one pool (20,000 people
 * write a few skills each, many alike), since a bound below them would clear at every offer;
 * clearing everything when full is crude but cheap, and one pool refills it.
 */
const memoLimit = 50_000;
const memo = new Map<string, readonly string[]>();

/**
 * The stems of a text's content words, without accents, each once, in the order they appear:
 * "Conduite de chariots élévateurs" gives ["conduit", "chariot", "elev"]. Stop words, elided
 * articles and stray letters are left out. The result is shared: never mutate it.
 */
export function contentStems(text: string): readonly string[] {
  const known = memo.get(text);
  if (known) return known;
  if (memo.size >= memoLimit) memo.clear();
  const stems = computeContentStems(text);
  memo.set(text, stems);
  return stems;
}

/**
 * Whether two stems are forms of one word the stemmer left apart: a verb and its noun
 * ("conduir"/"conduit", "soud"/"soudur", "nettoi"/"nettoyag"), or a word typed without its accents
 * ("secur"/"securit"). Two rules, each with a limit on the differing ends, because a shared start
 * alone joins unrelated words ("entretien"/"entrepot", "transport"/"transform", "java"/"javascript"):
 * - the shorter stem (4 characters or more) begins the longer, which adds at most 5 characters;
 * - or both share their first 5 characters or more, and each adds at most 3 to that.
 */
export function stemsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = a.length <= b.length ? a : b;
  const longer = shorter === a ? b : a;
  let common = 0;
  while (common < shorter.length && shorter.charCodeAt(common) === longer.charCodeAt(common)) common += 1;
  if (common === shorter.length) return common >= 4 && longer.length - common <= 5;
  return common >= 5 && longer.length - common <= 3;
}
