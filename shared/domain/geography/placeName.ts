/**
 * The key two spellings of one place share: case, accents, ligatures, hyphens, apostrophes and
 * the usual abbreviations do not matter ("ST-OMER", "Saint Omer" and "saint-omer" are one key).
 */
export function placeNameKey(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
  return words.map((word) => abbreviations[word] ?? word).join(' ');
}

const abbreviations: Record<string, string> = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };
