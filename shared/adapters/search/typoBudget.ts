/**
 * Meilisearch's default typo tolerance: no typo under 5 letters, one from 5, two from 9. The
 * embedded engine applies the same budget (to its shortest word) so that both adapters find the
 * same documents.
 */
export function typoBudget(text: string): number {
  const words = text.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
  if (words.length === 0) return 0;
  const shortest = Math.min(...words.map((word) => word.length));
  if (shortest >= 9) return 2;
  if (shortest >= 5) return 1;
  return 0;
}
