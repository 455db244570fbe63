import type { z } from 'zod';
import { lineText, multilineText, personName } from '../../../services/api/schemas/textSchemas';

const name = personName(100);
const title = lineText(150, { min: 3 });
const description = multilineText(10_000);

function reasons(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('person names', () => {
  it.each([
    ['Zoé', 'Zoé'],
    ['N’Diaye', 'N’Diaye'],
    ['Jean-Pierre', 'Jean-Pierre'],
    ["O'Brien", "O'Brien"],
    ['Ærø', 'Ærø'],
    ['Nguyễn Thị Minh', 'Nguyễn Thị Minh'],
    ['محمد بن علي', 'محمد بن علي'],
    ['王小明', '王小明'],
    ['김민준', '김민준'],
    ['Ольга', 'Ольга'],
    ['Mohammad‌reza', 'Mohammad‌reza'],
    ['  Samia  ', 'Samia'],
    ['Zoe\u0301', 'Zoé'],
  ])('%j is accepted as %j (trimmed, NFC)', (input, stored) => {
    expect(name.parse(input)).toBe(stored);
  });

  it('an e with a combining accent is stored as the precomposed é', () => {
    expect(name.parse('Zoe\u0301')).toHaveLength(3);
  });

  it.each([
    ['\u0000abc', 'caractère de contrôle interdit (U+0000)'],
    ['a\u0007b', 'caractère de contrôle interdit (U+0007)'],
    ['a\tb', 'caractère de contrôle interdit (U+0009)'],
    ['a\u0085b', 'caractère de contrôle interdit (U+0085)'],
    ['Jean\nPierre', 'retour à la ligne interdit dans ce champ'],
    ['Jean\u2028Pierre', 'retour à la ligne interdit dans ce champ'],
    ['\u200B\u200B', 'texte vide ou sans caractère visible'],
    ['   ', 'texte vide ou sans caractère visible'],
    ['', 'texte vide ou sans caractère visible'],
    ['\uFEFF\u2060\u200D', 'texte vide ou sans caractère visible'],
    ['\u0301', 'texte vide ou sans caractère visible'],
    ['\u3164', 'texte vide ou sans caractère visible'],
    ['\u00AD', 'texte vide ou sans caractère visible'],
    ['\uD800x', 'texte mal encodé (moitié de caractère UTF-16 isolée)'],
    ['x\uDC00', 'texte mal encodé (moitié de caractère UTF-16 isolée)'],
    ['Zo\uFFFD', 'texte mal encodé (caractère U+FFFD) : vérifiez que la source est en UTF-8'],
    ['\u202E', 'caractère de contrôle bidirectionnel interdit (U+202E)'],
    ['Samia\u202Eilaneb', 'caractère de contrôle bidirectionnel interdit (U+202E)'],
    ['\u2066Samia\u2069', 'caractère de contrôle bidirectionnel interdit (U+2066)'],
    ['Samia2', 'un nom ne contient pas de chiffres'],
    ['-', 'un nom contient au moins une lettre'],
    ['x'.repeat(101), 'au plus 100 caractères'],
    [undefined, 'champ obligatoire'],
    [42, 'texte attendu'],
  ])('%j is refused with one reason: %s', (input, reason) => {
    expect(reasons(name, input)).toEqual([reason]);
  });
});

describe('single-line texts (titles, labels, organisation names)', () => {
  it.each([
    ['Cariste CACES R489 cat. 3', 'Cariste CACES R489 cat. 3'],
    ['Boulangerie 2000 & Fils', 'Boulangerie 2000 & Fils'],
    ['Conducteur·rice PL', 'Conducteur·rice PL'],
    ['  Agent·e d’entretien  ', 'Agent·e d’entretien'],
    ['👩‍🔧 Mécanicienne', '👩‍🔧 Mécanicienne'],
    ['مساعد إداري', 'مساعد إداري'],
    ['倉庫作業員', '倉庫作業員'],
  ])('%j is accepted as %j', (input, stored) => {
    expect(title.parse(input)).toBe(stored);
  });

  it.each([
    ['Car\u0000iste', 'caractère de contrôle interdit (U+0000)'],
    ['Cariste\u001F', 'caractère de contrôle interdit (U+001F)'],
    ['Cari\u007Fste', 'caractère de contrôle interdit (U+007F)'],
    ['Cariste\r\nde nuit', 'retour à la ligne interdit dans ce champ'],
    ['\u200B\u200B\u200B', 'texte vide ou sans caractère visible'],
    ['ab', 'au moins 3 caractères'],
    ['  ab  ', 'au moins 3 caractères'],
  ])('%j is refused: %s', (input, reason) => {
    expect(reasons(title, input)).toEqual([reason]);
  });

  it('a missing reference may say why it is required', () => {
    const reference = lineText(100, { missing: 'référence externe obligatoire pour un import' });

    expect(reasons(reference, undefined)).toEqual(['référence externe obligatoire pour un import']);
    expect(reasons(reference, '  ')).toEqual(['référence externe obligatoire pour un import']);
    expect(reasons(reference, '\u200B')).toEqual(['texte vide ou sans caractère visible']);
  });
});

describe('multi-line texts (descriptions, notes, comments)', () => {
  it.each([
    ['', ''],
    ['   ', ''],
    ['Livraisons régionales.\n\n\tRetour chaque soir.', 'Livraisons régionales.\n\n\tRetour chaque soir.'],
    ['Ligne 1\r\nLigne 2\rLigne 3', 'Ligne 1\nLigne 2\nLigne 3'],
    ['  Permis C exigé\n', 'Permis C exigé'],
  ])('%j is accepted as %j', (input, stored) => {
    expect(description.parse(input)).toBe(stored);
  });

  it.each([
    ['Permis\u0000C', 'caractère de contrôle interdit (U+0000)'],
    ['Permis\u000BC', 'caractère de contrôle interdit (U+000B)'],
    ['Permis\u001BC', 'caractère de contrôle interdit (U+001B)'],
    ['\u200B\n\u200B', 'texte vide ou sans caractère visible'],
    ['\uDBFF', 'texte mal encodé (moitié de caractère UTF-16 isolée)'],
    ['x'.repeat(10_001), 'au plus 10000 caractères'],
  ])('%j is refused: %s', (input, reason) => {
    expect(reasons(description, input)).toEqual([reason]);
  });
});
