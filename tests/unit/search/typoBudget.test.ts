import { typoBudget } from '../../../shared/adapters/search/typoBudget';

describe('typoBudget (Meilisearch defaults)', () => {
  it.each([
    ['', 0],
    ['bus', 0],
    ['cariste', 1],
    ['conducteur', 2],
    ['conducteur bus', 0],
    ['chauffeur livreur', 1],
  ])('"%s" → %i', (text, expected) => {
    expect(typoBudget(text)).toBe(expected);
  });
});
