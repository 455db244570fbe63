import { faker } from '@faker-js/faker';
import { distanceKm } from '../../../shared/domain/geography/geoPoint';
import { anywhereCell, reachCells, workplaceCells } from '../../../shared/domain/geography/reachCells';

describe('reach cells', () => {
  it('share a cell between a person and every workplace within their radius (10,000 random pairs)', () => {
    faker.seed(3);
    let inside = 0;
    for (let index = 0; index < 10_000; index += 1) {
      const home = { lat: faker.number.float({ min: 41, max: 51.5 }), lng: faker.number.float({ min: -5, max: 9.5 }) };
      const radiusKm = faker.helpers.arrayElement([0, 5, 10, 25, 40, 60, 61, 120, 300]);
      const workplace = {
        lat: home.lat + faker.number.float({ min: -3, max: 3 }),
        lng: home.lng + faker.number.float({ min: -4, max: 4 }),
      };
      if (distanceKm(home, workplace) > radiusKm) continue;
      inside += 1;
      const reach = new Set(reachCells(home, radiusKm));
      expect(workplaceCells(workplace, false).some((cell) => reach.has(cell))).toBe(true);
    }
    expect(inside).toBeGreaterThan(1_000);
  });

  it('keep a person to a few dozen cells, and put remote work in a cell of its own', () => {
    const lille = { lat: 50.63, lng: 3.06 };
    expect(reachCells(lille, 40).length).toBeLessThanOrEqual(40);
    expect(reachCells(lille, 300).length).toBeLessThanOrEqual(40);
    expect(workplaceCells(lille, true)).toEqual([anywhereCell]);
  });
});
