/**
 * `npm run search:rebuild`: fills the search indexes again from the database, for the engine
 * MEILI_URL points at (Meilisearch keeps its documents; the embedded engine rebuilds itself at
 * every start). Run it after an upgrade that adds index fields (the README says when). Safe to
 * run again: documents are replaced by id.
 */
import { loadConfigOrExit } from '../../shared/config/exitOnConfigError';
import { buildDependencies } from '../../shared/wiring/buildDependencies';

async function main(): Promise<void> {
  const config = loadConfigOrExit(process.env);
  const deps = await buildDependencies(config, { processName: 'search-rebuild' });
  try {
    const counts = await deps.useCases.rebuildSearchIndexes.execute();
    process.stdout.write(`indexed ${counts.offers} offers and ${counts.candidates} profiles\n`);
  } finally {
    await deps.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
