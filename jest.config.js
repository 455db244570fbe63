// @ts-check
/**
 * Five projects: unit (pure logic, no services), contract (one suite per port, every adapter),
 * integration (real Redis + embedded FerretDB), e2e (HTTP and worker processes) and browser (the
 * web app in Debian's Chromium against the API and workers processes).
 * Services are started once per run by tests/support/globalSetup.ts.
 */
const tsTransform = { '^.+\\.ts$': ['ts-jest', {}] };
// meilisearch-js and faker ship ESM only: transpile them to CommonJS for jest's module system.
const esmPackages = ['meilisearch', '@faker-js/faker'];
const esmTransform = {
  [`node_modules/(${esmPackages.join('|')})/.+\\.js$`]: [
    'ts-jest',
    { tsconfig: { allowJs: true, module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true } },
  ],
};

/** @param {string} name @param {{ services?: boolean, globalSetup?: string }} options */
function project(name, options = {}) {
  return {
    displayName: name,
    testEnvironment: 'node',
    testMatch: [`<rootDir>/tests/${name}/**/*.test.ts`],
    transform: { ...tsTransform, ...esmTransform },
    transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
    ...(options.services
      ? {
          globalSetup: options.globalSetup ?? '<rootDir>/tests/support/globalSetup.ts',
          globalTeardown: '<rootDir>/tests/support/globalTeardown.ts',
        }
      : {}),
  };
}

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    project('unit'),
    project('contract', { services: true }),
    project('integration', { services: true }),
    project('e2e', { services: true }),
    // The same services; its set-up also builds the web app when its sources changed since the last build.
    project('browser', { services: true, globalSetup: '<rootDir>/tests/browser/support/globalSetup.ts' }),
  ],
  testTimeout: 30_000,
};
