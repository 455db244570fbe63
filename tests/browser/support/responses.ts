import type { Page } from 'playwright-core';

export interface RecordedResponse {
  method: string;
  url: string;
  status: number;
  body: string;
}

export interface ResponseLog {
  /** Every response of the app's origin, with its body as text, once `settle` has read them all. */
  responses: RecordedResponse[];
  /** The Authorization header the app itself sent last (its own access token, from memory). */
  bearer(): string;
  /** Waits for the bodies still being read. */
  settle(): Promise<void>;
}

/**
 * What a browser received, body included: the pages, the bundles and every API answer, so that a
 * test can say that a piece of data never reached that browser, not merely that it was not shown.
 */
export function recordResponses(page: Page, origin: string): ResponseLog {
  const responses: RecordedResponse[] = [];
  const reading: Promise<void>[] = [];
  let authorization = '';
  page.on('request', (request) => {
    const header = request.headers()['authorization'];
    if (header && request.url().startsWith(origin)) authorization = header;
  });
  page.on('response', (response) => {
    if (!response.url().startsWith(origin)) return;
    const entry = { method: response.request().method(), url: response.url(), status: response.status(), body: '' };
    responses.push(entry);
    reading.push(
      response.text().then(
        (body) => {
          entry.body = body;
        },
        // A redirect has no body to read; a page that navigated away may have dropped one.
        () => undefined,
      ),
    );
  });
  return {
    responses,
    bearer: () => authorization,
    async settle() {
      await Promise.all(reading);
    },
  };
}

/** From inside the page, as its own scripts would: GET each API path with this bearer; the statuses. */
export async function fetchFromPage(page: Page, paths: readonly string[], bearer: string): Promise<number[]> {
  return page.evaluate(
    async ({ paths: urls, authorization }) =>
      Promise.all(urls.map(async (url) => (await fetch(url, { headers: { Authorization: authorization } })).status)),
    { paths, authorization: bearer },
  );
}
