export interface WebhookRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
}

/** POSTs a delivery; throws SendFailure (transient: timeout, 5xx, 429 with Retry-After; permanent: other 4xx, a forbidden address). */
export interface WebhookSender {
  post(request: WebhookRequest): Promise<{ status: number }>;
  /** Throws SendFailure (permanent) when the URL's host resolves to an address deliveries may not reach. */
  checkDestination(url: string): Promise<void>;
}
