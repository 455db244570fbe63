import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { DomainError } from '../../../shared/domain/errors';
import { problem, problemFromDomainError, type Problem } from './problemDetails';

export function sendProblem(res: Response, body: Problem): void {
  if (body.retryAfterSeconds) res.setHeader('Retry-After', String(body.retryAfterSeconds));
  res.status(body.status).type('application/problem+json').json(body);
}

/** Errors raised by body-parser carry a `type` saying what went wrong with the raw request. */
function bodyParserProblem(error: unknown): Problem | null {
  if (typeof error !== 'object' || error === null || !('type' in error)) return null;
  switch (error.type) {
    case 'entity.parse.failed':
      return problem('malformed_json', {
        detail: 'Le corps de la requête n’est pas un JSON valide.',
        errors: [{ field: 'body', reason: 'JSON mal formé' }],
      });
    case 'entity.too.large':
      return problem('payload_too_large', { detail: 'Le corps de la requête dépasse la taille autorisée.' });
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return problem('unsupported_media_type', { detail: 'Encodage non pris en charge.' });
    default:
      return null;
  }
}

/**
 * Every error leaves as problem+json. An unexpected one is logged under an error id and the
 * client receives only that id: never a stack or a raw message.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (error instanceof DomainError) return sendProblem(res, problemFromDomainError(error));
    const edgeProblem = bodyParserProblem(error);
    if (edgeProblem) return sendProblem(res, edgeProblem);

    const errorId = randomUUID();
    logger.error({ err: error, errorId, requestId: req.id }, 'unhandled error');
    sendProblem(
      res,
      problem('internal', { errorId, detail: `Erreur ${errorId}. Communiquez cet identifiant au support.` }),
    );
  };
}
