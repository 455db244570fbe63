import { certifications, certificationsByCode } from '../../../shared/domain/reference/certifications';

describe('the certifications catalogue', () => {
  it('gives every certification a unique code', () => {
    expect(certificationsByCode.size).toBe(certifications.length);
  });

  it.each([
    ['PERMIS_C', 'Permis C'],
    ['CACES_R489_3', 'CACES R489 cat. 3'],
    ['CACES_R482_B1', 'CACES R482 cat. B1'],
    ['CACES_R490_STANDARD', 'CACES R490 (grues de chargement)'],
    ['HABILITATION_B1V', 'Habilitation électrique B1V'],
    ['FIMO_MARCHANDISES', 'FIMO marchandises'],
  ])('%s reads "%s"', (code, label) => {
    expect(certificationsByCode.get(code)?.label).toBe(label);
  });
});
