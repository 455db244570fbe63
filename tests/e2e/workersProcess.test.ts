import { processEnv, runEntryPoint } from '../support/processes';
import { testConfig } from '../support/testConfig';

describe('the workers process', () => {
  it('refuses an unknown worker name, listing the known ones', async () => {
    const workers = runEntryPoint('workers/main.ts', processEnv(testConfig()), ['nope']);

    const { code } = await workers.exited;

    expect(code).toBe(64);
    expect(workers.output()).toContain('unknown worker(s): nope; known: scheduler');
  });

  it('starts the named worker and drains on SIGTERM, exiting 0', async () => {
    const workers = runEntryPoint('workers/main.ts', processEnv(testConfig()), ['scheduler']);
    await workers.waitForOutput(/workers started/);

    workers.child.kill('SIGTERM');
    const { code } = await workers.exited;

    expect(code).toBe(0);
    expect(workers.output()).toContain('workers stopped');
  });
});
