import { loadRomeCatalog } from '../../../shared/adapters/reference/loadRomeCatalog';
import { sectorOfRome } from '../../../shared/domain/reference/sectors';

const catalog = loadRomeCatalog();

function sectorOf(code: string) {
  const rome = catalog.romes.get(code);
  if (!rome) throw new Error(`no ROME ${code}`);
  return sectorOfRome(rome);
}

describe('the ROME catalog', () => {
  it('holds the 532 ROME codes and every job title, each tied to a known code', () => {
    expect(catalog.romes.size).toBe(532);
    expect(catalog.appellations.size).toBeGreaterThan(11_000);
    expect([...catalog.appellations.values()].every((appellation) => catalog.romes.has(appellation.romeCode))).toBe(
      true,
    );
  });
});

describe('sectorOfRome', () => {
  it.each([
    ['F1703', 'construction'], // Maçonnerie
    ['H2913', 'industry'], // Soudage manuel
    ['I1604', 'industry'], // Mécanique automobile
    ['N4101', 'transport_logistics'], // Conduite de transport de marchandises sur longue distance
    ['K1304', 'home_services'], // Services domestiques
    ['M1805', 'digital'], // Études et développement informatique
    ['E1205', 'digital'], // Réalisation de contenus multimédias
    ['A1101', 'agriculture'],
    ['K2111', 'other'], // Formation professionnelle: K but not K11–K13
    ['D1106', 'other'], // Vente en alimentation
  ])('%s → %s', (code, expected) => {
    expect(sectorOf(code)).toBe(expected);
  });
});
