import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';

const requestIdPattern = /^[A-Za-z0-9._-]{1,100}$/;
/**
 * A link's token is its path's last segment (an account invitation, a password reset, an answer
 * to a recruitment event; the API's and the web app's addresses): whoever reads the log must not
 * be able to use it.
 */
const secretInPath =
  /^(\/api\/v1\/(?:invitations|rsvp)\/|\/(?:invitation|reinitialiser-mot-de-passe|reponse)\/)[^/?#]+/;

type LoggedRequest = IncomingMessage & { id?: unknown; originalUrl?: string };

/**
 * One line per request: method, url, status, response time and request id, nothing else. The
 * standard serializers put every request header on every line (cookies and tokens redacted, but
 * the user agent, accept-* and the rest serialised and redacted at each request's cost), and
 * the response's security headers are the same on every line. Serializers get the raw objects
 * (`wrapSerializers: false`), so nothing is built that is then thrown away.
 */
export const requestSerializers = {
  req: (req: LoggedRequest) => ({
    id: req.id,
    method: req.method,
    url: (req.originalUrl ?? req.url ?? '').replace(secretInPath, '$1[redacted]'),
  }),
  res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
};

/** Liveness probes come every few seconds and always answer the same: they would drown the log. */
const unlogged = (req: IncomingMessage) => req.method === 'GET' && req.url === '/healthz';

export function requestLogging(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    wrapSerializers: false,
    serializers: requestSerializers,
    autoLogging: { ignore: unlogged },
    // A caller's request id is kept when it looks like one, so traces join up across services.
    genReqId: (req, res) => {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && requestIdPattern.test(incoming) ? incoming : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
  });
}
