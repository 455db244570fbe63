import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '../../../shared/domain/accounts/session';
import { readRows } from '../../../services/import/readRows';
import { runImport, type ImportKind } from '../../../services/import/runImport';
import type { Progress } from '../../../services/import/progress';
import { adminCredentials, anAccount, bootstrapAdmin, login } from '../../support/accounts';
import { aCandidate } from '../../support/builders';
import { startTestApp, type TestApp } from '../../support/testApp';

let testApp: TestApp;
let employer: Actor;
let adviser: Actor;
const directory = mkdtempSync(join(tmpdir(), 'passerelle-import-'));
const silent: Progress = { start: () => undefined, advance: () => undefined, stop: () => undefined };

beforeAll(async () => {
  testApp = await startTestApp();
  await bootstrapAdmin(testApp);
  const adminToken = (await login(testApp, adminCredentials)).accessToken;
  employer = await testApp.deps.useCases.actAsUser.execute({
    email: (await anAccount(testApp, adminToken, 'employer')).email,
  });
  adviser = await testApp.deps.useCases.actAsUser.execute({
    email: (await anAccount(testApp, adminToken, 'adviser')).email,
  });
});
afterAll(() => testApp.close());

/** Writes the file, then imports it as the given user, as `npm run import` does. */
function importFile(kind: ImportKind, name: string, content: string | Buffer, actor: Actor) {
  const path = join(directory, name);
  writeFileSync(path, content);
  return runImport(kind, readRows(path), actor, testApp.deps.useCases, silent);
}

const offersOf = (actor: Actor) => testApp.deps.useCases.listOffers.execute({ actor, page: { limit: 10 } });
const profilesOf = (actor: Actor) =>
  testApp.deps.useCases.listCandidates.execute({ actor, filter: {}, page: { limit: 10 } });

const offersCsv = [
  'externalRef;title;romeCode;requiredSkills;requiredCertifications;contractType;weeklyHours;postalCode;communeName;publish',
  'OFF-1;Cariste;N1101;Conduite de chariot|Inventaire;CACES_R489_3;cdi;35;59100;Roubaix;oui',
  'OFF-2;Maçon;F1703;Maçonnerie;;cdd;39;62300;Lens;non',
].join('\n');

describe('bulk import', () => {
  it('imports a CSV of offers through the use cases: places resolved, published when asked', async () => {
    const report = await importFile('offers', 'offers.csv', offersCsv, employer);

    expect(report).toMatchObject({ rows: 2, created: 2, updated: 0, rejected: [], written: true });
    const offers = await offersOf(employer);
    expect(offers.items.map((offer) => [offer.externalRef, offer.status, offer.location.name])).toEqual([
      ['OFF-1', 'published', 'Roubaix'],
      ['OFF-2', 'draft', 'Lens'],
    ]);
    expect(offers.items[0]?.requiredSkills).toEqual(['Conduite de chariot', 'Inventaire']);
  });

  it('re-running the same file updates rather than duplicates', async () => {
    const changed = offersCsv.replace('Cariste;', 'Cariste de nuit;');

    const report = await importFile('offers', 'offers-again.csv', changed, employer);

    expect(report).toMatchObject({ created: 0, updated: 2 });
    const offers = await offersOf(employer);
    expect(offers.items).toHaveLength(2);
    expect(offers.items[0]).toMatchObject({ externalRef: 'OFF-1', title: 'Cariste de nuit', version: 3 });
    // A row that changes nothing writes nothing.
    expect(offers.items[1]).toMatchObject({ externalRef: 'OFF-2', version: 1 });
  });

  it('text checks are the API’s: a file saved in Latin-1, or a control character, is rejected with line and field', async () => {
    const latin1 = Buffer.from(offersCsv.replace('OFF-1', 'OFF-9').replace('OFF-2', 'OFF-8'), 'latin1');
    const withControl = offersCsv.replace('OFF-1;Cariste', 'OFF-7;Car\u0007iste').replace('OFF-2', 'OFF-6');

    const misencoded = await importFile('offers', 'latin1.csv', latin1, employer);
    const controlled = await importFile('offers', 'control.csv', withControl, employer);

    expect(misencoded.written).toBe(false);
    expect(misencoded.rejected).toEqual([
      { line: 3, field: 'title', reason: expect.stringContaining('UTF-8') },
      { line: 3, field: 'requiredSkills.0', reason: expect.stringContaining('UTF-8') },
    ]);
    expect(controlled.rejected).toEqual([
      { line: 2, field: 'title', reason: 'caractère de contrôle interdit (U+0007)' },
    ]);
  });

  it('a file with rejected rows writes nothing and reports each line, field and reason', async () => {
    const rows = [
      aCandidate().with({ externalRef: 'CAND-1' }).build(),
      aCandidate().with({ externalRef: 'CAND-2' }).livingIn({ postalCode: '00000' }).build(),
      aCandidate()
        .with({ externalRef: 'CAND-3', acceptedContractTypes: ['freelance'] })
        .build(),
      aCandidate().build(),
    ];

    const report = await importFile('candidates', 'candidates.json', JSON.stringify(rows), adviser);

    expect(report.written).toBe(false);
    expect(report.rejected).toEqual([
      { line: 2, field: 'homeCommune.postalCode', reason: expect.any(String) },
      { line: 3, field: 'acceptedContractTypes.0', reason: expect.any(String) },
      { line: 4, field: 'externalRef', reason: expect.any(String) },
    ]);
    const page = await profilesOf(adviser);
    expect(page.items).toEqual([]);
  });

  it('a CSV of profiles maps its flat columns, lists and pairs', async () => {
    const csv = [
      'externalRef,firstName,lastName,mobile,inseeCode,desiredRomeCodes,acceptedContractTypes,experiences,languages,maxDistanceKm,hasVehicle,shareWithEmployers',
      'P-1,Luc,Martin,07 81 23 45 67,94028,N4101|N1101,cdi|interim,N4101:24|N1101:6,fr:native|en:B1,25,oui,oui',
    ].join('\n');

    const report = await importFile('candidates', 'profiles.csv', csv, adviser);

    expect(report).toMatchObject({ created: 1, rejected: [] });
    const [profile] = (await profilesOf(adviser)).items;
    expect(profile).toMatchObject({
      externalRef: 'P-1',
      contact: { mobile: '+33781234567' },
      homeCommune: { name: 'Créteil' },
      desiredJobs: [{ romeCode: 'N4101' }, { romeCode: 'N1101' }],
      experiences: [
        { romeCode: 'N4101', months: 24 },
        { romeCode: 'N1101', months: 6 },
      ],
      languages: [
        { code: 'fr', level: 'native' },
        { code: 'en', level: 'B1' },
      ],
      mobility: { maxDistanceKm: 25, hasVehicle: true },
      consent: { shareWithEmployers: true },
    });
  });

  it('a value that does not read is rejected with its CSV line and column; so is an unknown column', async () => {
    const csv = offersCsv.replace('59100;Roubaix;oui', '59100;Roubaix;peut-être');

    const report = await importFile('offers', 'bad.csv', csv, employer);

    expect(report.rejected).toEqual([{ line: 2, field: 'publish', reason: expect.any(String) }]);
    const withUnknownColumn = offersCsv.replace('publish', 'publier');
    const second = await importFile('offers', 'bad-column.csv', withUnknownColumn, employer);
    expect(second.rejected).toContainEqual({
      line: 1,
      field: 'publier',
      reason: expect.stringContaining('colonne inconnue'),
    });
    expect(second.written).toBe(false);
  });

  it('a row for an offer that has ended is rejected before anything is written', async () => {
    const offers = await offersOf(employer);
    const ended = offers.items.find((offer) => offer.externalRef === 'OFF-2');
    await testApp.deps.useCases.closeOffer.execute({ actor: employer, offerId: ended!.id });

    const report = await importFile('offers', 'ended.csv', offersCsv, employer);

    expect(report.written).toBe(false);
    expect(report.rejected).toEqual([{ line: 3, field: 'externalRef', reason: expect.stringContaining('closed') }]);
  });
});
