const folded = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * The catalogue's titles that every typed word starts a word of (in the label or the code),
 * leaving out those already chosen; at most `limit`, in the catalogue's order.
 */
export function searchCertifications<T extends { code: string; label: string }>(
  catalogue: readonly T[],
  text: string,
  chosen: readonly string[],
  limit = 10,
): T[] {
  const words = folded(text).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  return catalogue
    .filter((item) => !chosen.includes(item.code))
    .filter((item) => {
      const haystack = folded(`${item.label} ${item.code.replace(/_/g, ' ')}`).split(' ');
      return words.every((word) => haystack.some((part) => part.startsWith(word)));
    })
    .slice(0, limit);
}
