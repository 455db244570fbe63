import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (infra/scripts/setup.sh installs it): no browser is ever downloaded. */
export const chromiumPath = '/usr/bin/chromium';

/** The flags that keep Chromium off the network it would call on its own (updates, sync, QUIC…). */
const quietFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Dates and numbers in inputs as a French browser shows them.
  '--lang=fr-FR',
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Content-Security-Policy violations and errors the pages reported, for the test to assert on. */
  problems: string[];
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile of its own, in French, at 1280 px. */
export async function launchChromium(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'passerelle-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: quietFlags,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1280, height: 900 },
  });
  const problems: string[] = [];
  context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  return {
    context,
    page,
    problems,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
