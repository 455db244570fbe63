import type { Condition, SearchEngine, SearchQuery } from '../../shared/ports/SearchEngine';
import { uniqueName } from '../support/testConfig';
import { contractDocuments, contractIndex } from './searchEngineFixture';
import { searchEngineAdapters } from './searchEngineAdapters';

describe.each(searchEngineAdapters)('SearchEngine contract: $name', (adapter) => {
  if (adapter.skipReason) {
    // Visible in the run's output: the adapter was not exercised.
    it.skip(`skipped: ${adapter.skipReason}`, () => undefined);
    return;
  }

  let engine: SearchEngine;
  const index = uniqueName('contract');

  beforeAll(async () => {
    engine = adapter.create();
    await engine.ensureIndex(contractIndex(index));
    await engine.ensureIndex(contractIndex(index)); // idempotent
    await engine.upsert(index, contractDocuments);
  });
  afterAll(() => engine.close());

  async function ids(query: Partial<SearchQuery>): Promise<string[]> {
    const result = await engine.search(index, { limit: 20, ...query });
    return result.hits.map((hit) => hit.document.id).sort();
  }
  const where = (...conditions: Condition[]) => ids({ where: conditions });

  it('reports itself healthy under the name "search"', async () => {
    await expect(engine.check()).resolves.toBeUndefined();
    expect(engine.name).toBe('search');
  });

  it('returns every document, as written, for an empty query', async () => {
    const result = await engine.search(index, { limit: 20 });

    expect(result.total).toBe(5);
    expect(result.hits.find((hit) => hit.document.id === 'truck')?.document).toEqual(contractDocuments[0]);
  });

  it('returns stored fields as written and refuses to filter on them', async () => {
    const result = await engine.search(index, { where: [{ field: 'sector', equals: 'digital' }], limit: 5 });

    expect(result.hits[0]?.document.payload).toBe(JSON.stringify({ kept: 'dev', hours: [8, 17] }));
    await expect(engine.search(index, { where: [{ field: 'payload', equals: 'x' }], limit: 5 })).rejects.toThrow(
      /not filterable/,
    );
  });

  it('finds a text despite a typo', async () => {
    expect(await ids({ text: 'condicteur' })).toEqual(['bus', 'truck']);
  });

  it('requires every word of the text', async () => {
    expect(await ids({ text: 'conducteur bus' })).toEqual(['bus']);
  });

  it('folds accents and splits hyphenated words', async () => {
    expect(await ids({ text: 'macon' })).toEqual(['mason']);
    expect(await ids({ text: 'oeuvre' })).toEqual(['mason']);
  });

  it('ranks exact matches before matches that needed a typo', async () => {
    const scratch = uniqueName('contract_typos');
    await engine.ensureIndex(contractIndex(scratch));
    await engine.upsert(scratch, [
      {
        id: 'wine',
        title: 'Caviste',
        description: '',
        sector: 'other',
        licences: [],
        weeklyHours: 35,
        remote: false,
        location: null,
      },
      {
        id: 'forklift',
        title: 'Cariste',
        description: '',
        sector: 'transport',
        licences: [],
        weeklyHours: 35,
        remote: false,
        location: null,
      },
    ]);

    const result = await engine.search(scratch, { text: 'cariste', limit: 10 });

    expect(result.hits.map((hit) => hit.document.id)).toEqual(['forklift', 'wine']);
    expect(result.hits[0]!.score).toBeGreaterThan(result.hits[1]!.score);
  });

  it('gives relevance scores in [0, 1], the best one 1', async () => {
    const result = await engine.search(index, { text: 'conducteur', limit: 20 });

    expect(result.hits.map((hit) => hit.score)).toContain(1);
    expect(result.hits.every((hit) => hit.score > 0 && hit.score <= 1)).toBe(true);
  });

  it('filters keywords by equality and by a list', async () => {
    expect(await where({ field: 'sector', equals: 'construction' })).toEqual(['mason']);
    expect(await where({ field: 'sector', anyOf: ['construction', 'digital'] })).toEqual(['dev', 'mason']);
  });

  it('filters keyword lists: contains one, any, all', async () => {
    expect(await where({ field: 'licences', equals: 'B' })).toEqual(['forklift', 'mason']);
    expect(await where({ field: 'licences', anyOf: ['C', 'D'] })).toEqual(['bus', 'truck']);
    expect(await where({ field: 'licences', allOf: ['B', 'CACES_R489_3'] })).toEqual(['forklift']);
    expect(await where({ field: 'licences', allOf: [] })).toHaveLength(5);
  });

  it('matches nothing with an empty list of accepted values', async () => {
    expect(await where({ field: 'sector', anyOf: [] })).toEqual([]);
  });

  it('filters numbers by range and booleans by value, all conditions together', async () => {
    expect(await where({ field: 'weeklyHours', atLeast: 30, atMost: 35 })).toEqual(['dev', 'forklift', 'truck']);
    expect(await where({ field: 'remote', equals: true })).toEqual(['dev']);
    expect(await where({ field: 'weeklyHours', atLeast: 30 }, { field: 'sector', equals: 'transport' })).toEqual([
      'forklift',
      'truck',
    ]);
  });

  it('keeps documents within a radius in meters', async () => {
    const aroundLille = (radiusMeters: number) =>
      where({ field: 'location', within: { lat: 50.6292, lng: 3.0573, radiusMeters } });

    expect(await aroundLille(5_000)).toEqual(['dev', 'truck']);
    expect(await aroundLille(15_000)).toEqual(['bus', 'dev', 'truck']);
    expect(await aroundLille(50_000)).toEqual(['bus', 'dev', 'mason', 'truck']);
  });

  it('sorts by a number, then pages with limit and offset while counting all matches', async () => {
    const sorted = await engine.search(index, { sort: [{ field: 'weeklyHours', order: 'desc' }], limit: 2, offset: 0 });
    const ascending = await engine.search(index, {
      sort: [{ field: 'weeklyHours', order: 'asc' }],
      limit: 1,
      offset: 0,
    });
    const secondPage = await engine.search(index, {
      sort: [{ field: 'weeklyHours', order: 'desc' }],
      limit: 2,
      offset: 4,
    });

    expect(sorted.total).toBe(5);
    expect(sorted.hits.map((hit) => hit.document.id)[0]).toBe('mason');
    expect(sorted.hits).toHaveLength(2);
    expect(ascending.hits.map((hit) => hit.document.id)).toEqual(['bus']);
    expect(secondPage.hits.map((hit) => hit.document.id)).toEqual(['bus']);
  });

  it('counts facet values among the matching documents', async () => {
    const result = await engine.search(index, {
      where: [{ field: 'weeklyHours', atLeast: 30 }],
      facets: ['sector', 'licences'],
      limit: 0,
    });

    expect(result.facets.sector).toEqual({ transport: 2, construction: 1, digital: 1 });
    expect(result.facets.licences).toEqual({ B: 2, C: 1, FIMO: 1, CACES_R489_3: 1 });
  });

  it('replaces a document on upsert and forgets deleted ones, ignoring unknown ids', async () => {
    const scratch = uniqueName('contract_scratch');
    await engine.ensureIndex(contractIndex(scratch));
    await engine.upsert(scratch, contractDocuments);

    await engine.upsert(scratch, [{ ...contractDocuments[1]!, title: 'Chauffeur de car', licences: ['D', 'FIMO'] }]);
    await engine.delete(scratch, ['mason', 'no-such-id']);

    const conductors = await engine.search(scratch, { text: 'conducteur', limit: 20 });
    const chauffeurs = await engine.search(scratch, { text: 'chauffeur', limit: 20 });
    const all = await engine.search(scratch, { limit: 20 });
    expect(conductors.hits.map((hit) => hit.document.id)).toEqual(['truck']);
    expect(chauffeurs.hits.map((hit) => hit.document.licences)).toEqual([['D', 'FIMO']]);
    expect(all.total).toBe(4);
  });

  it('refuses to sort by a field not declared sortable, and to count facets of a field not filterable', async () => {
    await expect(engine.search(index, { sort: [{ field: 'sector', order: 'asc' }], limit: 5 })).rejects.toThrow(
      /not sortable/,
    );
    await expect(engine.search(index, { facets: ['title'], limit: 5 })).rejects.toThrow(/not filterable/);
    await expect(engine.search(index, { where: [{ field: 'nowhere', equals: 'x' }], limit: 5 })).rejects.toThrow(
      /unknown field/,
    );
  });

  it('reaches at most maxTotalHits documents per query, and counts at most maxValuesPerFacet values', async () => {
    const capped = uniqueName('contract_capped');
    await engine.ensureIndex({ ...contractIndex(capped), maxTotalHits: 3, maxValuesPerFacet: 2 });
    await engine.upsert(capped, contractDocuments);
    const page = (offset: number) =>
      engine.search(capped, { sort: [{ field: 'weeklyHours', order: 'desc' }], limit: 20, offset });

    expect((await page(0)).hits).toHaveLength(3);
    expect((await page(2)).hits).toHaveLength(1);
    expect((await page(3)).hits).toHaveLength(0);
    const facets = await engine.search(capped, { facets: ['sector'], limit: 0 });
    expect(Object.keys(facets.facets.sector ?? {})).toHaveLength(2);
  });

  it('is not ready while an index of its definitions is missing or differs from it, then ready once ensured', async () => {
    const name = uniqueName('contract_ready');
    const definition = contractIndex(name);
    const checked = adapter.create([definition]);
    try {
      await expect(checked.check()).rejects.toThrow(/missing/);
      await checked.ensureIndex({ ...definition, sortable: [] });
      await expect(checked.check()).rejects.toThrow(/differs|other settings/);
      await checked.ensureIndex(definition);
      await expect(checked.check()).resolves.toBeUndefined();
      // A second process's engine with the same definitions searches without declaring anything.
      await checked.upsert(name, contractDocuments);
      const elsewhere = adapter.create([definition]);
      if (adapter.name === 'Meilisearch') {
        await expect(elsewhere.check()).resolves.toBeUndefined();
        expect((await elsewhere.search(name, { limit: 20 })).total).toBe(5);
      }
      await elsewhere.close();
    } finally {
      await checked.close();
    }
  });
});
