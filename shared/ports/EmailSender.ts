export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per delivery (`<key@host>`): a resend after a crash carries the same Message-ID. */
  messageId: string;
}

/** Throws SendFailure (transient or permanent). */
export interface EmailSender {
  send(message: EmailMessage): Promise<{ providerMessageId: string }>;
}
