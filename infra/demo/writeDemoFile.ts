import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DemoOrganization } from '../local/seedDemoAccounts';
import { generateCandidates, generateOffers } from './generateDemoData';

/** Writes the demo rows of one organisation as an import file; returns its path. */
export function writeDemoFile(demo: DemoOrganization, directory: string): string {
  const { kind, count, departments, sectors, seed } = demo.data;
  const options = { seed, departments, sectors, refPrefix: `DEMO-${seed}` };
  const rows = kind === 'offers' ? generateOffers(count, options) : generateCandidates(count, options);
  mkdirSync(directory, { recursive: true });
  const path = resolve(directory, `${kind}-${seed}.json`);
  writeFileSync(path, JSON.stringify(rows, null, 2));
  return path;
}
