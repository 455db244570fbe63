/**
 * Why a channel could not send. Transient (timeouts, 5xx, 429, a refused connection) is retried
 * with backoff, honouring the provider's Retry-After; permanent (an invalid address or number,
 * any other 4xx) stops at once: retrying cannot help.
 */
export class SendFailure extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}
