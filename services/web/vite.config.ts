import { defineConfig } from 'vite';

/**
 * Run from the repository root as `vite <command> services/web`: the root is this folder, so the
 * paths below are relative to it. The API serves the built files (dist/) at `/` in every mode;
 * `npm run web:dev` serves the sources with a proxy to an API started by `npm start`.
 */
export default defineConfig({
  // copy-dsfr-to-public reads this line to know where to copy the DSFR's CSS, fonts and icons.
  publicDir: 'public',
  // JSX through Vite's own transform (the React plugin did not install next to this Vite).
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The CSP allows only this origin's files: no asset may become a data: URL in a style.
    assetsInlineLimit: 0,
    // One chunk of about 590 kB (160 kB gzip): react-dom, react-router and the DSFR's colour tables are most of it.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      // react-dsfr marks its client components "use client" (for Next.js); a SPA has nothing to keep.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:3000', '/healthz': 'http://127.0.0.1:3000' },
  },
});
