/** Counts a user's requests of one kind; throws TooManyRequestsError (with the wait) past the limit. */
export interface ActionRateLimiter {
  consume(key: string): Promise<void>;
}
