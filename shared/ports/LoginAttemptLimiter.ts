export interface LoginAttemptKeys {
  account: string;
  ip: string;
}

export interface LoginAttemptLimiter {
  /** Counts one attempt from this IP; throws TooManyRequestsError when the IP or the account is locked out. */
  beforeAttempt(keys: LoginAttemptKeys): Promise<void>;
  recordFailure(keys: LoginAttemptKeys): Promise<void>;
  recordSuccess(keys: LoginAttemptKeys): Promise<void>;
}
