import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';

export interface SentSms {
  id: string;
  from: string;
  to: string;
  text: string;
  reference: string;
}

export interface LocalSmsProvider {
  url: string;
  sent: SentSms[];
  /** The next answers to POST /messages, in order (then 201): status and headers. */
  answerNext(...answers: { status: number; headers?: Record<string, string> }[]): void;
  /** Posts a delivery report for a message to its status callback, with the shared secret. */
  report(id: string, status: 'delivered' | 'undelivered' | 'failed', error?: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * Plays an HTTP SMS provider on a local port: `POST /messages` (bearer key) records the message
 * and answers `{ id }`; a request repeating an `Idempotency-Key` already accepted answers the
 * same id and sends nothing (as providers with idempotent APIs do); delivery reports go back to the message's status callback with the
 * shared secret, automatically (`autoReport`) or when a test says so.
 */
export async function startLocalSmsProvider(settings: {
  port?: number;
  apiKey: string;
  statusSecret: string;
  autoReport?: boolean;
  onMessage?: (sms: SentSms) => void;
}): Promise<LocalSmsProvider> {
  const sent: SentSms[] = [];
  const callbacks = new Map<string, string>();
  const answers: { status: number; headers?: Record<string, string> }[] = [];
  const byIdempotencyKey = new Map<string, string>();

  const report = async (id: string, status: string, error?: string): Promise<number> => {
    const callback = callbacks.get(id);
    if (!callback) throw new Error(`no message ${id}`);
    const response = await fetch(callback, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sms-secret': settings.statusSecret },
      body: JSON.stringify({ id, status, ...(error ? { error } : {}) }),
    });
    return response.status;
  };

  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.method !== 'POST' || request.url !== '/messages') return void response.writeHead(404).end();
      if (request.headers.authorization !== `Bearer ${settings.apiKey}`) return void response.writeHead(401).end();
      const answer = answers.shift();
      if (answer) return void response.writeHead(answer.status, answer.headers ?? {}).end('{"error":"as told"}');
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Omit<SentSms, 'id'> & {
        statusCallback: string;
      };
      if (!/^\+\d{8,15}$/.test(body.to)) return void response.writeHead(400).end('{"error":"invalid number"}');
      const idempotencyKey = request.headers['idempotency-key'];
      const already = typeof idempotencyKey === 'string' ? byIdempotencyKey.get(idempotencyKey) : undefined;
      if (already) {
        return void response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ id: already }));
      }
      const sms: SentSms = {
        id: `sms_${randomBytes(8).toString('hex')}`,
        from: body.from,
        to: body.to,
        text: body.text,
        reference: body.reference,
      };
      sent.push(sms);
      if (typeof idempotencyKey === 'string') byIdempotencyKey.set(idempotencyKey, sms.id);
      callbacks.set(sms.id, body.statusCallback);
      settings.onMessage?.(sms);
      response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: sms.id }));
      if (settings.autoReport) setTimeout(() => void report(sms.id, 'delivered').catch(() => undefined), 200);
    });
  });
  await new Promise<void>((resolve) => server.listen(settings.port ?? 0, '127.0.0.1', () => resolve()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    answerNext: (...next) => answers.push(...next),
    report,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
