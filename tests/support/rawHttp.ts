import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { Express } from 'express';

/**
 * Requests exactly as written: the path is sent untouched (broken percent-escapes included) and
 * the body as these bytes, whatever Content-Type and Content-Encoding say. supertest serialises
 * a Buffer under a JSON type and may drop the body of some methods, which is what the edge
 * tests must not have done for them.
 */
export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

export interface RawClient {
  send(options: {
    method: string;
    path: string;
    headers?: Record<string, string>;
    body?: Buffer;
  }): Promise<RawResponse>;
  close(): Promise<void>;
}

export async function rawClient(app: Express): Promise<RawClient> {
  const server: Server = await new Promise((done) => {
    const listening = app.listen(0, '127.0.0.1', () => done(listening));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    send: ({ method, path, headers = {}, body }) =>
      new Promise((done, fail) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port,
            method,
            path,
            headers: { ...headers, ...(body ? { 'content-length': String(body.length) } : {}) },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () =>
              done({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString() }),
            );
          },
        );
        req.on('error', fail);
        req.end(body);
      }),
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
