/**
 * Maintenance after an upgrade (the README says when), for the engine and database the
 * configuration points at; each is safe to run again.
 * - `npm run search:rebuild`: fills the search indexes again from the database (Meilisearch keeps
 *   its documents; the embedded engine rebuilds itself at every start). Documents are replaced by id.
 * - `npm run reporting:rebuild`: clears the reporting counters and counts every event of the log
 *   again (RebuildReporting, under the projection's lease).
 */
import { loadConfigOrExit } from '../../shared/config/exitOnConfigError';
import { buildDependencies, type Dependencies } from '../../shared/wiring/buildDependencies';

const tasks: Record<string, (deps: Dependencies) => Promise<string>> = {
  search: async (deps) => {
    const counts = await deps.useCases.rebuildSearchIndexes.execute();
    return `indexed ${counts.offers} offers and ${counts.candidates} profiles`;
  },
  reporting: async (deps) => `counted ${(await deps.useCases.rebuildReporting.execute()).projected} events`,
};

async function main(): Promise<void> {
  const name = process.argv[2] ?? 'search';
  const task = tasks[name];
  if (!task) throw new Error(`unknown maintenance task « ${name} » (search, reporting)`);
  const config = loadConfigOrExit(process.env);
  const deps = await buildDependencies(config, { processName: `${name}-rebuild` });
  try {
    process.stdout.write(`${await task(deps)}\n`);
  } finally {
    await deps.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
