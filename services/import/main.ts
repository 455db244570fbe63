/**
 * Bulk import: `npm run import -- offers|candidates FILE.csv|FILE.json --as EMAIL`.
 * Rows are written as the given user (an employer for offers, an adviser for profiles), through
 * the same use cases as the API. Exit codes: 0 imported, 1 rows rejected (nothing written),
 * 64 bad usage, 2 failure during the writes (re-running the file is safe).
 */
import { parseArgs } from 'node:util';
import { loadConfigOrExit } from '../../shared/config/exitOnConfigError';
import { buildDependencies } from '../../shared/wiring/buildDependencies';
import { createProgress } from './progress';
import { readRows } from './readRows';
import { importKinds, runImport, type ImportKind } from './runImport';

const expectedRole: Record<ImportKind, string> = { offers: 'employer', candidates: 'adviser' };

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npm run import -- offers|candidates FILE.csv|FILE.json --as EMAIL\n`);
  process.exit(64);
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { as: { type: 'string' } } });
  const [kind, file] = positionals;
  if (!kind || !(importKinds as readonly string[]).includes(kind) || !file) usage('missing kind or file');
  if (!values.as) usage('missing --as EMAIL: the user the rows are written as');

  const config = loadConfigOrExit(process.env);
  const deps = await buildDependencies(config, { processName: 'import' });
  try {
    const actor = await deps.useCases.actAsUser.execute({ email: values.as });
    if (actor.role !== expectedRole[kind as ImportKind]) {
      usage(`${values.as} is ${actor.role}; ${kind} are imported as ${expectedRole[kind as ImportKind]}`);
    }
    const rows = readRows(file);
    const report = await runImport(kind as ImportKind, rows, actor, deps.useCases, createProgress(process.stderr));
    if (!report.written) {
      process.stdout.write(`${report.rejected.length} problem(s) in ${rows.length} rows; nothing was written:\n`);
      process.stdout.write('line;field;reason\n');
      for (const rejection of report.rejected) {
        process.stdout.write(`${rejection.line};${rejection.field};${rejection.reason}\n`);
      }
      process.exitCode = 1;
    } else {
      process.stdout.write(`${report.rows} rows: ${report.created} created, ${report.updated} updated\n`);
    }
  } finally {
    await deps.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`import failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
