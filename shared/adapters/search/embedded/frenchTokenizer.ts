import type { Tokenizer } from '@orama/orama';

/**
 * Words as people type French job titles: accents and ligatures folded ("macon" finds "Maçon"), split on
 * anything that is not a letter or digit ("Maçon-applicateur / Maçonne" gives three words).
 * Orama's default tokenizer keeps hyphenated words whole and misses such queries.
 */
export function tokenizeFrench(raw: string): string[] {
  return (
    raw
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // Ligatures do not decompose under NFD: "œuvre" is searched as "oeuvre".
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 0)
  );
}

export function frenchTokenizer(): Tokenizer {
  return { language: 'french', normalizationCache: new Map(), tokenize: tokenizeFrench };
}
