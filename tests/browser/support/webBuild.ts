import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const web = join(root, 'services/web');
export const builtIndex = join(web, 'dist/index.html');

/** What the built app is made from: its sources, the domain's labels it imports, the packages. */
const sources = [
  join(web, 'src'),
  join(web, 'index.html'),
  join(web, 'vite.config.ts'),
  join(root, 'shared/domain'),
  join(root, 'package-lock.json'),
];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stats.mtimeMs);
}

/** Builds services/web (npm run web:build) when dist/ is missing or older than a source. */
export function ensureWebAppBuilt(): void {
  const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
  const changedAt = Math.max(...sources.map(newest));
  if (builtAt > changedAt) return;
  process.stdout.write('\nbrowser tests: building the web app (npm run web:build)\n');
  const build = spawnSync('npm', ['run', '--silent', 'web:build'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) {
    throw new Error(`the web app does not build:\n${build.stdout}\n${build.stderr}`);
  }
}
