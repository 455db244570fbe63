import { searchEngineAdapters } from './searchEngineAdapters';

describe.each(searchEngineAdapters)('SearchEngine contract: $name', (adapter) => {
  if (adapter.skipReason) {
    // Visible in the run's output: the adapter was not exercised.
    it.skip(`skipped: ${adapter.skipReason}`, () => undefined);
    return;
  }

  it('reports itself healthy under the name "search" once created', async () => {
    const engine = adapter.create();

    await expect(engine.check()).resolves.toBeUndefined();
    expect(engine.name).toBe('search');
    await engine.close();
  });
});
