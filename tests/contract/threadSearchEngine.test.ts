import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ThreadSearchEngine } from '../../shared/adapters/search/thread/ThreadSearchEngine';

/**
 * What the search thread's adapter adds to the engine it reaches (the engine's own behaviour is
 * the contract suite's, searchEngine.test.ts): errors come back as the thread threw them, and a
 * thread that dies fails what was waiting for it and says so once, instead of leaving calls hanging.
 */
const embeddedEngineThread = resolve(__dirname, '../../shared/adapters/search/thread/embeddedEngineThread.ts');
let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'passerelle-thread-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it('answers with the error the thread threw, and goes on serving', async () => {
  const engine = new ThreadSearchEngine({ entry: embeddedEngineThread, workerData: { definitions: [] } });
  try {
    await expect(engine.search('nowhere', { limit: 1 })).rejects.toThrow('search index nowhere was not ensured');
    await expect(engine.check()).resolves.toBeUndefined();
  } finally {
    await engine.close();
  }
});

it('tells the bytes its heap holds, the index’s included', async () => {
  const engine = new ThreadSearchEngine({ entry: embeddedEngineThread, workerData: { definitions: [] } });
  try {
    const empty = await engine.heapUsed();
    expect(empty).toBeGreaterThan(0);
    await engine.ensureIndex({
      name: 'people',
      fields: { title: 'text' },
      searchable: ['title'],
      sortable: [],
      maxTotalHits: 1_000,
      maxValuesPerFacet: 100,
    });
    await engine.upsert(
      'people',
      Array.from({ length: 5_000 }, (_, index) => ({ id: `p${index}`, title: `Cariste numéro ${index} à Lille` })),
    );
    expect(await engine.heapUsed()).toBeGreaterThan(empty);
  } finally {
    await engine.close();
  }
  await expect(engine.heapUsed()).rejects.toThrow();
});

it('fails the calls in flight and reports once when the thread dies', async () => {
  // A thread that takes calls and never answers them, then dies.
  const entry = join(scratch, 'dyingThread.js');
  writeFileSync(
    entry,
    "const { parentPort } = require('node:worker_threads');\n" +
      "parentPort.on('message', () => setTimeout(() => process.exit(3), 50));\n",
  );
  const exits: Error[] = [];
  const engine = new ThreadSearchEngine({ entry, onUnexpectedExit: (error) => exits.push(error) });

  await expect(engine.search('offers', { limit: 1 })).rejects.toThrow('the search thread exited (code 3)');
  await expect(engine.check()).rejects.toThrow('the search thread exited (code 3)');
  expect(exits.map((error) => error.message)).toEqual(['the search thread exited (code 3)']);
  await engine.close();
});

it('reports nothing when it is closed on purpose', async () => {
  const exits: Error[] = [];
  const engine = new ThreadSearchEngine({
    entry: embeddedEngineThread,
    workerData: { definitions: [] },
    onUnexpectedExit: (error) => exits.push(error),
  });
  await engine.check();
  await engine.close();
  await expect(engine.check()).rejects.toThrow('the search thread exited');
  expect(exits).toEqual([]);
});
