import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { DomainError } from '../../../shared/domain/errors';
import { isDependencyOutage } from './dependencyOutage';
import { problem, problemFromDomainError, problemKindForClientStatus, type Problem } from './problemDetails';

export function sendProblem(res: Response, body: Problem): void {
  if (body.retryAfterSeconds) res.setHeader('Retry-After', String(body.retryAfterSeconds));
  res.status(body.status).type('application/problem+json').json(body);
}

/**
 * The 4xx status a library put on its error, http-errors style (body-parser, raw-body, the
 * router's URIError for a broken percent-escape). A 5xx status says nothing about the request:
 * such an error is handled as unexpected.
 */
function clientErrorStatus(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null;
  const status = 'status' in error ? error.status : 'statusCode' in error ? error.statusCode : undefined;
  return typeof status === 'number' && Number.isInteger(status) && status >= 400 && status < 500 ? status : null;
}

/** body-parser and raw-body say in `type` what went wrong with the raw request. */
const detailsByType: Record<string, Parameters<typeof problem>[1] & { kind?: 'malformed_json' }> = {
  'entity.parse.failed': {
    kind: 'malformed_json',
    detail: 'Le corps de la requête n’est pas un JSON valide.',
    errors: [{ field: 'body', reason: 'JSON mal formé' }],
  },
  'entity.too.large': { detail: 'Le corps de la requête dépasse la taille autorisée.' },
  'charset.unsupported': { detail: 'Jeu de caractères non pris en charge : utilisez UTF-8.' },
  'encoding.unsupported': { detail: 'Content-Encoding non pris en charge : gzip, deflate, br ou identity.' },
  'request.aborted': { detail: 'La requête a été interrompue avant la fin du corps.' },
  'request.size.invalid': { detail: 'Le corps reçu ne fait pas la taille annoncée par Content-Length.' },
};

function clientProblem(error: object, status: number): Problem {
  const type = 'type' in error && typeof error.type === 'string' ? error.type : undefined;
  const known = type ? detailsByType[type] : undefined;
  if (known) {
    const { kind, ...extra } = known;
    return problem(kind ?? problemKindForClientStatus(status), extra);
  }
  if (error instanceof URIError) {
    return problem('bad_request', { detail: 'L’adresse contient un échappement %XX invalide.' });
  }
  // What body-parser wraps without a type is the decompression stream's failure (zlib, brotli).
  if ('errno' in error || ('code' in error && typeof error.code === 'string' && /^(Z_|ERR_)/.test(error.code))) {
    return problem('bad_request', { detail: 'Le corps compressé est illisible (Content-Encoding).' });
  }
  return problem(problemKindForClientStatus(status), { detail: 'La requête ne peut pas être traitée telle quelle.' });
}

/**
 * Every error leaves as problem+json. A client error raised by a library keeps its 4xx status;
 * an unexpected one is logged under an error id and the client receives only that id: never a
 * stack or a raw message.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (error instanceof DomainError) return sendProblem(res, problemFromDomainError(error));
    const status = clientErrorStatus(error);
    if (status !== null) return sendProblem(res, clientProblem(error as object, status));

    const errorId = randomUUID();
    if (isDependencyOutage(error)) {
      logger.error({ err: error, errorId, requestId: req.id }, 'a dependency is unreachable');
      return sendProblem(
        res,
        problem('unavailable', {
          errorId,
          retryAfterSeconds: 5,
          detail: 'Le service est momentanément indisponible. Réessayez dans quelques secondes.',
        }),
      );
    }
    logger.error({ err: error, errorId, requestId: req.id }, 'unhandled error');
    sendProblem(
      res,
      problem('internal', { errorId, detail: `Erreur ${errorId}. Communiquez cet identifiant au support.` }),
    );
  };
}
