import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface MailSink {
  url: string;
  /** Messages received, in order. */
  received: ParsedMail[];
  /** The next messages are answered with this SMTP reply code (e.g. 451, 550), then normal again. */
  failNext(code: number, times?: number): void;
  /**
   * The next message is read but never answered (the client waits for the server's reply, as in
   * the middle of a send); resolves once it has fully arrived. It is not kept: a message counts
   * as received only when the server accepts it.
   */
  holdNext(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real SMTP server on a local port (smtp-server, from the nodemailer project) that keeps what it
 * receives: the start command's outbox and the tests' mailbox. No TLS, no authentication: local only.
 */
export async function startMailSink(port = 0, onMessage?: (mail: ParsedMail) => void): Promise<MailSink> {
  const received: ParsedMail[] = [];
  let failures: { code: number; times: number } | null = null;
  let hold: (() => void) | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      if (hold) {
        const arrived = hold;
        hold = null;
        stream.resume();
        stream.on('end', arrived);
        return;
      }
      if (failures && failures.times > 0) {
        failures.times -= 1;
        const { code } = failures;
        stream.resume();
        stream.on('end', () =>
          callback(Object.assign(new Error(`refused for the test (${code})`), { responseCode: code })),
        );
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          onMessage?.(mail);
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `smtp://127.0.0.1:${boundPort}`,
    received,
    failNext(code, times = 1) {
      failures = { code, times };
    },
    holdNext() {
      return new Promise<void>((arrived) => (hold = arrived));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
