import { textOverlap, textWords } from '../../../shared/domain/matching/textOverlap';

describe('text overlap', () => {
  it('counts the offer’s words found in the person’s, ignoring accents, case and small words', () => {
    const offer = textWords(['Conducteur / Conductrice de chariot élévateur', 'Gestion des stocks']);
    const person = textWords(['Cariste', 'conduite de chariot elevateur', 'GESTION de stock']);

    expect([...offer].sort()).toEqual(['chariot', 'conducteur', 'conductrice', 'elevateur', 'gestion', 'stocks']);
    expect(textOverlap(offer, person)).toEqual({ found: 3, of: 6, value: 0.5 });
  });

  it('gives 0 when the offer has no words', () => {
    expect(textOverlap(textWords([]), textWords(['Cariste']))).toEqual({ found: 0, of: 0, value: 0 });
  });
});
