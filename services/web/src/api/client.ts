import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

/**
 * The one client of the API. The access token lives in this module's memory only (never in
 * localStorage or sessionStorage); the refresh token is an HttpOnly cookie the page cannot read,
 * sent by the browser to the browser-session routes only.
 */
let accessToken: string | null = null;
let refreshing: Promise<boolean> | null = null;
const endListeners = new Set<() => void>();

/** The session routes refuse a request without it (a cross-site form cannot send a header). */
const webClientHeader = { 'X-Passerelle-Client': 'web' } as const;
const sessionPaths = /\/api\/v1\/auth\//;

const bare = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });

/**
 * Renews the access token from the refresh cookie; concurrent callers share one request, since
 * each refresh rotates the cookie and a second one with the old cookie would end the session.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= bare
    .POST('/api/v1/auth/browser/refresh', { headers: webClientHeader })
    .then(({ data }) => {
      accessToken = data?.accessToken ?? null;
      return accessToken !== null;
    })
    .catch(() => {
      accessToken = null;
      return false;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

export async function signIn(credentials: { email: string; password: string }) {
  const result = await bare.POST('/api/v1/auth/browser/login', { headers: webClientHeader, body: credentials });
  if (result.data) accessToken = result.data.accessToken;
  return result;
}

export async function signOut(): Promise<void> {
  await bare.POST('/api/v1/auth/browser/logout', { headers: webClientHeader }).catch(() => undefined);
  endSession();
}

export function hasAccessToken(): boolean {
  return accessToken !== null;
}

/** Called when the session is over (signed out, or a refresh was refused): the app shows sign-in. */
export function onSessionEnd(listener: () => void): () => void {
  endListeners.add(listener);
  return () => endListeners.delete(listener);
}

function endSession(): void {
  accessToken = null;
  endListeners.forEach((listener) => listener());
}

const pending = new Map<string, Request>();

/** Adds the bearer token; on a 401, renews the session once and sends the request again. */
const authentication: Middleware = {
  onRequest({ request, id }) {
    if (!accessToken) return request;
    request.headers.set('Authorization', `Bearer ${accessToken}`);
    // Only a request made with a token can find it expired: a visitor's 401 is just an answer.
    if (!sessionPaths.test(request.url)) pending.set(id, request.clone());
    return request;
  },
  async onResponse({ response, id, options }) {
    const again = pending.get(id);
    pending.delete(id);
    if (response.status !== 401 || !again) return response;
    if (!(await refreshSession())) {
      endSession();
      return response;
    }
    again.headers.set('Authorization', `Bearer ${accessToken ?? ''}`);
    return options.fetch(again);
  },
  onError({ id }) {
    pending.delete(id);
  },
};

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });
api.use(authentication);
