import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router, type Response } from 'express';
import { sendProblem } from './errorHandler';
import { problem } from './problemDetails';

/**
 * The web app's pages: only the app's own origin, no inline script, no framing. Styles from the
 * app's own files and react-dsfr's colour-scheme rule by hash; React's style props go through the CSSOM, which style-src does not govern.
 */
export const webAppContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  // react-dsfr's one inline <style>, `:root { color-scheme: light | dark; }`, allowed by its hash.
  "style-src 'self' 'sha256-HzhUjVBe6Oi2wcxUM7bmy2Rp9VdLMHYDdYr9MalNmOY=' 'sha256-xVQ4mcypV0CvOtZpQgVcKpcoNvdUkR9BrwZBrtBbU+w='",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Paths that belong to the API, never to the app (their 404 stays problem+json). */
const apiPaths = /^\/(api|docs|healthz|readyz)(\/|$)/;

function withPolicy(res: Response): void {
  res.setHeader('Content-Security-Policy', webAppContentSecurityPolicy);
}

/**
 * Serves the built app (services/web/dist): hashed assets cached for a year, everything else
 * revalidated, and index.html for every other GET of a non-API path, which the app's router
 * resolves (a link from an e-mail opens the right page).
 */
export function serveWebApp(distDir: string): Router {
  const router = Router();
  const indexFile = join(distDir, 'index.html');
  router.use(
    express.static(distDir, {
      index: false,
      setHeaders: (res, path) => {
        withPolicy(res);
        const hashed = path.startsWith(join(distDir, 'assets'));
        res.setHeader('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    }),
  );
  router.get(/.*/, (req, res, next) => {
    if (apiPaths.test(req.path)) return next();
    if (!existsSync(indexFile)) {
      return sendProblem(
        res,
        problem('not_found', { detail: 'L’application web n’est pas construite : lancez npm run web:build.' }),
      );
    }
    withPolicy(res);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
  return router;
}
