import { matchSkills, skillMatchThreshold, skillSimilarity } from '../../../shared/domain/matching/skillSimilarity';
import { skillSynonyms } from '../../../shared/domain/matching/skillSynonyms';
import { contentStems, stemsMatch } from '../../../shared/domain/text/frenchWords';

describe('French content stems', () => {
  it('lowercases, folds accents and leaves out stop words and elided articles', () => {
    expect(contentStems('Conduite de chariots élévateurs')).toEqual(['conduit', 'chariot', 'elev']);
    expect(contentStems("Souder à l'arc")).toEqual(['soud', 'arc']);
  });

  it('keeps codes as written, and the one-letter languages', () => {
    expect(contentStems('C++, C# et R')).toEqual(['c++', 'c#', 'r']);
    expect(contentStems('CACES R489')).toEqual(['cac', 'r489']);
  });

  it('gives each stem once, in order of appearance', () => {
    expect(contentStems('plans, plan et PLANS')).toEqual(['plan']);
  });
});

describe('stems that are forms of one word', () => {
  it.each([
    ['conduit', 'conduir'],
    ['soud', 'soudur'],
    ['nettoi', 'nettoyag'],
    ['secur', 'securit'],
  ])('joins %s and %s', (a, b) => {
    expect(stemsMatch(a, b)).toBe(true);
    expect(stemsMatch(b, a)).toBe(true);
  });

  it.each([
    ['entretien', 'entrepot'],
    ['transport', 'transform'],
    ['java', 'javascript'],
    ['jav', 'javascript'],
    ['web', 'webinaire'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(stemsMatch(a, b)).toBe(false);
  });
});

describe('skill similarity', () => {
  it.each([
    ['Conduite de chariot', 'Conduire un chariot élévateur'],
    ['Préparation de commandes au scanner', 'Picking au scanner'],
    ['Nettoyage des sanitaires', 'sanitaires'],
    ['Entretien des sols', 'lavage des sols'],
    ['Soudure TIG', "Souder à l'arc TIG"],
    ['Lecture de plans', 'Lire un plan'],
    ['Élévateurs', 'elevateur'],
    ['Cariste', 'Conduite de chariot'],
    ['Manutention', 'Port de charges lourdes'],
    ['Helpdesk', 'Support utilisateurs'],
    ['Aide à la toilette', 'Hygiène corporelle'],
    ['Normes HACCP', 'Hygiène alimentaire'],
    ['Plonge', 'Lavage de la vaisselle'],
  ])('treats "%s" and "%s" as one skill', (a, b) => {
    expect(skillSimilarity(a, b)).toBeGreaterThanOrEqual(skillMatchThreshold);
  });

  it.each([
    ['Conduite de chariot élévateur', 'Conduite de bus'],
    ['Agent de sécurité', 'Agent de propreté'],
    ['Développement commercial', 'Développement web'],
    ['Chauffeur VTC', 'Chauffeur poids lourd'],
    ['Soudure TIG', 'Soudure MIG'],
    ['Excel', 'Word'],
    ['Java', 'JavaScript'],
    ['Langage C', 'Langage Python'],
    ['Port de charges', 'Déchargement'],
    ['Agent de sécurité', 'Sécurité informatique'],
  ])('keeps "%s" and "%s" below the threshold', (a, b) => {
    expect(skillSimilarity(a, b)).toBeLessThan(skillMatchThreshold);
  });

  it('shares "conduite" alone with a longer phrase at 2·1/(3+2), below the threshold', () => {
    expect(skillSimilarity('Conduite de chariot élévateur', 'Conduite de bus')).toBeCloseTo(0.4);
  });

  it('is symmetric and stays within [0, 1]', () => {
    const phrases = ['Conduite de chariot', 'Cariste CACES 3', 'Soudure TIG', 'souder', 'Nettoyage', 'Excel', ''];
    for (const a of phrases) {
      for (const b of phrases) {
        const similarity = skillSimilarity(a, b);
        expect(similarity).toBe(skillSimilarity(b, a));
        expect(similarity).toBeGreaterThanOrEqual(0);
        expect(similarity).toBeLessThanOrEqual(1);
      }
    }
  });

  it('gives 1 to the same skill written twice, whatever the case and accents', () => {
    expect(skillSimilarity('Gestion des stocks', 'Gestion des stocks')).toBe(1);
    expect(skillSimilarity('Sécurité', 'SECURITE')).toBe(1);
  });

  it('gives 0 when either phrase has no content word', () => {
    expect(skillSimilarity('', 'Soudure')).toBe(0);
    expect(skillSimilarity('de la', 'du')).toBe(0);
    expect(skillSimilarity('Soudure', 'avec les')).toBe(0);
    expect(skillSimilarity('et', 'et')).toBe(0);
  });

  it.each(skillSynonyms.flatMap(({ canonical, variants }) => variants.map((variant) => [variant, canonical])))(
    'reads the synonym "%s" as "%s"',
    (variant, canonical) => {
      expect(skillSimilarity(variant, canonical)).toBe(1);
    },
  );
});

describe('matching required skills with held ones', () => {
  it('finds for each required skill the closest held one, or none', () => {
    const matches = matchSkills(['Conduite de chariot', 'Gestion des stocks', 'Anglais'], ['Picking', 'Cariste']);

    expect(matches).toEqual([
      { required: 'Conduite de chariot', held: 'Cariste', similarity: 0.8 },
      { required: 'Gestion des stocks', held: null, similarity: 0 },
      { required: 'Anglais', held: null, similarity: 0 },
    ]);
  });

  it('uses each held skill for one required skill only, the best pair first', () => {
    const matches = matchSkills(['Soudure MIG', 'Soudure TIG'], ['Soudure TIG']);

    expect(matches.map(({ held }) => held)).toEqual([null, 'Soudure TIG']);
  });

  it('breaks ties by order, so the same lists always give the same answer', () => {
    const required = ['Nettoyage', 'Ménage'];
    const held = ['Propreté', 'Nettoyage'];

    const first = matchSkills(required, held);

    expect(first.map(({ held: skill }) => skill)).toEqual(['Propreté', 'Nettoyage']);
    expect(matchSkills(required, held)).toEqual(first);
  });

  it('gives nothing to match against when no skill is held', () => {
    expect(matchSkills(['Soudure'], [])).toEqual([{ required: 'Soudure', held: null, similarity: 0 }]);
  });
});
