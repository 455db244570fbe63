import nodemailer, { type Transporter } from 'nodemailer';
import { SendFailure } from '../../domain/notifications/sendFailure';
import type { EmailMessage, EmailSender } from '../../ports/EmailSender';

interface SmtpError extends Error {
  responseCode?: number;
}

/** SMTP through nodemailer: 4xx replies and connection failures are transient, 5xx permanent. */
export class NodemailerEmailSender implements EmailSender {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
    timeoutMs = 10_000,
  ) {
    const url = new URL(smtpUrl);
    const secure = url.protocol === 'smtps:';
    this.transport = nodemailer.createTransport({
      host: url.hostname,
      port: Number(url.port || (secure ? 465 : 587)),
      secure,
      ...(url.username
        ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
        : {}),
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    });
  }

  async send(message: EmailMessage): Promise<{ providerMessageId: string }> {
    try {
      const info = await this.transport.sendMail({
        from: this.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        messageId: message.messageId,
      });
      return { providerMessageId: String(info.messageId ?? message.messageId) };
    } catch (error) {
      const smtp = error as SmtpError;
      const permanent = smtp.responseCode !== undefined && smtp.responseCode >= 500;
      throw new SendFailure(`smtp: ${smtp.message}`, permanent);
    }
  }

  close(): void {
    this.transport.close();
  }
}
