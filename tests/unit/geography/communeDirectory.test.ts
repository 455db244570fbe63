import { PackagedGazetteer } from '../../../shared/adapters/reference/PackagedGazetteer';
import { CommuneDirectory } from '../../../shared/domain/geography/communeDirectory';
import type { CommuneRecord } from '../../../shared/domain/geography/commune';
import { distanceKm } from '../../../shared/domain/geography/geoPoint';

/* eslint-disable @typescript-eslint/no-require-imports -- the same datasets the adapter reads */
const cog = require('@etalab/decoupage-administratif/data/communes.json') as {
  code: string;
  nom: string;
  type: string;
  zone: string;
  codesPostaux?: string[];
}[];
/* eslint-enable @typescript-eslint/no-require-imports */

const directory = new PackagedGazetteer().all();

function aRecord(overrides: Partial<CommuneRecord>): CommuneRecord {
  return {
    inseeCode: '59001',
    name: 'Village',
    kind: 'commune',
    parentInseeCode: null,
    postalCodes: ['59100'],
    departmentCode: '59',
    population: 100,
    centre: { lat: 50, lng: 3 },
    ...overrides,
  };
}

describe('the commune directory built from the packaged datasets', () => {
  it('resolves every commune and municipal district of metropolitan France and the DROM, by INSEE code', () => {
    const places = cog.filter(
      (row) => row.zone !== 'com' && (row.type === 'commune-actuelle' || row.type === 'arrondissement-municipal'),
    );

    const unresolved = places.filter((row) => !('place' in directory.resolve({ inseeCode: row.code })));

    expect(places.length).toBeGreaterThan(34_000);
    expect(unresolved.map((row) => `${row.code} ${row.nom}`)).toEqual([]);
  });

  it('resolves every postal code of those communes, with the name when the code is shared', () => {
    const failures: string[] = [];
    for (const row of cog.filter((candidate) => candidate.type === 'commune-actuelle' && candidate.zone !== 'com')) {
      for (const postalCode of row.codesPostaux ?? []) {
        const resolution = directory.resolve({ postalCode, name: row.nom });
        if (!('place' in resolution)) failures.push(`${postalCode} ${row.nom}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('gives the centre of a commune, and its département', () => {
    const resolution = directory.resolve({ name: 'Roubaix' });

    expect(resolution).toMatchObject({ place: { inseeCode: '59512', departmentCode: '59', approximate: false } });
    if ('place' in resolution) {
      expect(distanceKm(resolution.place.location, { lat: 50.69, lng: 3.18 })).toBeLessThan(3);
    }
  });

  it('reads names whatever their accents, hyphens, case and "St" abbreviation', () => {
    expect(directory.resolve({ name: 'VILLENEUVE D ASCQ' })).toMatchObject({ place: { inseeCode: '59009' } });
    expect(directory.resolve({ name: 'st omer', postalCode: '62500' })).toMatchObject({
      place: { inseeCode: '62765' },
    });
    expect(directory.resolve({ name: 'creteil' })).toMatchObject({ place: { inseeCode: '94028' } });
  });

  it('names the field and the reason when a place is unknown or ambiguous', () => {
    expect(directory.resolve({ inseeCode: '99999' })).toEqual({
      problem: { field: 'inseeCode', reason: expect.any(String) },
    });
    expect(directory.resolve({ postalCode: '00000' })).toEqual({
      problem: { field: 'postalCode', reason: expect.any(String) },
    });
    expect(directory.resolve({ name: 'Saint-Martin' })).toEqual({
      problem: { field: 'name', reason: expect.stringContaining('communes portent ce nom') },
    });
  });

  it('resolves a former commune (commune associée) to the commune it belongs to, as approximate', () => {
    expect(directory.resolve({ name: 'Lomme', postalCode: '59160' })).toMatchObject({
      place: { inseeCode: '59350', name: 'Lille', approximate: true },
    });
  });

  it('suggests communes by the start of a name or postal code, most populous first', () => {
    expect(directory.search('roub', 3)[0]?.name).toBe('Roubaix');
    expect(directory.search('Lil', 2).map((commune) => commune.name)).toEqual(['Lille', 'Lillers']);
    expect(directory.search('9400', 5).map((commune) => commune.inseeCode)).toContain('94028');
  });
});

describe('the commune directory rules', () => {
  it('borrows the centre of the most populous commune sharing the postal code, and says so', () => {
    const directory = new CommuneDirectory(
      [
        aRecord({ inseeCode: '59001', name: 'Grande', population: 5000, centre: { lat: 50.1, lng: 3.1 } }),
        aRecord({ inseeCode: '59002', name: 'Petite', population: 50, centre: { lat: 50.9, lng: 3.9 } }),
        aRecord({ inseeCode: '59003', name: 'Nouvelle', population: 300, centre: null }),
      ],
      new Map([['59', 'Nord']]),
    );

    expect(directory.find('59003')).toMatchObject({ location: { lat: 50.1, lng: 3.1 }, approximate: true });
    expect(directory.find('59001')).toMatchObject({ approximate: false, departmentName: 'Nord' });
  });

  it('leaves out a place with neither a centre nor a postal code shared with one', () => {
    const directory = new CommuneDirectory(
      [aRecord({ inseeCode: '98611', name: 'Alo', postalCodes: ['98610'], centre: null })],
      new Map(),
    );

    expect(directory.size).toBe(0);
    expect(directory.resolve({ inseeCode: '98611' })).toMatchObject({ problem: { field: 'inseeCode' } });
  });
});
