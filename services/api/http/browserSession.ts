import { parse, serialize } from 'cookie';
import type { Request, Response } from 'express';
import type { SessionTokens } from '../../../shared/domain/accounts/session';
import { ForbiddenError } from '../../../shared/domain/errors';

/**
 * The web app's session: the access token stays in the page's memory, the refresh token in a
 * cookie the page cannot read (HttpOnly), sent only to the session routes (Path) and never from
 * another site (SameSite=Strict). Against cross-site requests the session routes also require a
 * header a form cannot send and, when the browser names it, the app's own origin.
 */
export const refreshCookieName = 'passerelle_refresh';
export const refreshCookiePath = '/api/v1/auth';
export const webClientHeader = 'x-passerelle-client';

export interface BrowserSessionSettings {
  /** The app's origin (PUBLIC_BASE_URL), and any other the API accepts (CORS_ALLOWED_ORIGINS). */
  allowedOrigins: string[];
  /** Plain http is only for a local machine: the cookie is Secure everywhere else. */
  secureCookie: boolean;
}

export function browserSessionSettings(publicBaseUrl: string, corsOrigins: string[]): BrowserSessionSettings {
  const url = new URL(publicBaseUrl);
  const local = url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  return { allowedOrigins: [url.origin, ...corsOrigins], secureCookie: !local };
}

export function checkWebClient(req: Request, settings: BrowserSessionSettings): void {
  if (req.get(webClientHeader) !== 'web') {
    throw new ForbiddenError('En-tête X-Passerelle-Client: web requis pour une session de navigateur.');
  }
  const origin = req.get('origin');
  if (origin !== undefined && !settings.allowedOrigins.includes(origin)) {
    throw new ForbiddenError('Origine non autorisée pour une session de navigateur.');
  }
}

export function refreshTokenFromCookie(req: Request): string | null {
  const header = req.get('cookie');
  return header ? (parse(header)[refreshCookieName] ?? null) : null;
}

/** Puts the refresh token in its cookie and returns what the page keeps: the access token only. */
export function startBrowserSession(res: Response, tokens: SessionTokens, settings: BrowserSessionSettings) {
  res.append(
    'Set-Cookie',
    serialize(refreshCookieName, tokens.refreshToken, {
      httpOnly: true,
      secure: settings.secureCookie,
      sameSite: 'strict',
      path: refreshCookiePath,
      maxAge: tokens.refreshExpiresIn,
    }),
  );
  return { accessToken: tokens.accessToken, tokenType: tokens.tokenType, expiresIn: tokens.expiresIn };
}

export function endBrowserSession(res: Response, settings: BrowserSessionSettings): void {
  res.append(
    'Set-Cookie',
    serialize(refreshCookieName, '', {
      httpOnly: true,
      secure: settings.secureCookie,
      sameSite: 'strict',
      path: refreshCookiePath,
      maxAge: 0,
    }),
  );
}
