import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(__dirname, '../../..');

describe('the web app’s API types', () => {
  it('are up to date with the route declarations (npm run web:types writes them)', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', resolve(root, 'services/api/openapi/writeOpenApiTypes.ts'), '--check'],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 90_000);
});
