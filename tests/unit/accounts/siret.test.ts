import { isValidSiret } from '../../../shared/domain/accounts/siret';

describe('isValidSiret', () => {
  it.each([
    ['73282932000074', true],
    ['73282932000075', false],
    ['7328293200007', false],
    ['7328293200007A', false],
    // La Poste's establishments follow their own rule (sum of digits multiple of 5).
    ['35600000000015', true],
    ['35600000000016', false],
  ])('%s → %s', (siret, expected) => {
    expect(isValidSiret(siret)).toBe(expected);
  });
});
