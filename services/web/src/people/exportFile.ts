/** The name of a person's export file: who and when, without accents or spaces. */
export function exportFileName(person: { firstName: string; lastName: string }, at: Date): string {
  const slug = `${person.firstName}-${person.lastName}`
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `passerelle-export-${slug || 'personne'}-${at.toISOString().slice(0, 10)}.json`;
}
