/**
 * Text relevance, computed here rather than by the search engine: the share of the offer's words
 * (job title, required skills) found in the person's words (desired jobs, skills, experiences).
 * The engines' own relevance scores differ by design (BM25 for Orama, ranking rules for
 * Meilisearch), which would let the engine decide who is suggested; and asking it costs a second
 * query per computation. This one is the same everywhere, cheap, and explainable.
 */
const stopWords = new Set(
  'au aux avec ce ces dans de des du en et la le les leur ou par pour sa se ses son sur un une'.split(' '),
);

export function textWords(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of text
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .split(/[^a-z0-9+#]+/)) {
      if (word.length > 1 && !stopWords.has(word)) words.add(word);
    }
  }
  return words;
}

/** 0–1, with the count behind it: how many of the offer's words the person's text holds. */
export function textOverlap(offerWords: Set<string>, candidateWords: Set<string>) {
  let found = 0;
  for (const word of offerWords) if (candidateWords.has(word)) found += 1;
  return { found, of: offerWords.size, value: offerWords.size === 0 ? 0 : found / offerWords.size };
}
