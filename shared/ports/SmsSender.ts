export interface SmsMessage {
  /** E.164. */
  to: string;
  text: string;
  /** Our delivery key: the provider echoes it in its delivery report. */
  reference: string;
}

/** Throws SendFailure (transient: timeout, 5xx, 429 with Retry-After; permanent: invalid number, other 4xx). */
export interface SmsSender {
  send(message: SmsMessage): Promise<{ providerMessageId: string; segments: number }>;
}
