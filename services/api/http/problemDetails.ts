import { z } from 'zod';
import type { DomainError, FieldProblem } from '../../../shared/domain/errors';

/** RFC 9457 problem details; `title` is shown to people, so it is in French. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errorId: z.string().optional().meta({ description: 'Given on 500 only: quote it to support, it is in the log.' }),
    retryAfterSeconds: z.number().int().optional(),
    errors: z.array(z.object({ field: z.string(), reason: z.string() })).optional(),
    allowedActions: z
      .array(z.string())
      .optional()
      .meta({ description: 'On an illegal pipeline step (409): the actions possible now.' }),
  })
  .meta({ id: 'Problem' });

export type Problem = z.infer<typeof problemSchema>;

interface ProblemType {
  status: number;
  slug: string;
  title: string;
}

/** The one table from domain error kinds (and edge failures) to HTTP statuses. */
export const problemTypes = {
  validation: { status: 400, slug: 'validation-error', title: 'Requête invalide' },
  bad_request: { status: 400, slug: 'bad-request', title: 'Requête incorrecte' },
  malformed_json: { status: 400, slug: 'malformed-json', title: 'Corps de requête illisible' },
  unauthenticated: { status: 401, slug: 'unauthenticated', title: 'Authentification requise' },
  forbidden: { status: 403, slug: 'forbidden', title: 'Accès refusé' },
  not_found: { status: 404, slug: 'not-found', title: 'Ressource introuvable' },
  method_not_allowed: { status: 405, slug: 'method-not-allowed', title: 'Méthode non autorisée' },
  conflict: { status: 409, slug: 'conflict', title: 'Conflit avec l’état actuel' },
  payload_too_large: { status: 413, slug: 'payload-too-large', title: 'Requête trop volumineuse' },
  unsupported_media_type: {
    status: 415,
    slug: 'unsupported-media-type',
    title: 'Format de requête non pris en charge',
  },
  too_many_requests: { status: 429, slug: 'too-many-requests', title: 'Trop de requêtes' },
  internal: { status: 500, slug: 'internal-error', title: 'Erreur interne' },
  unavailable: { status: 503, slug: 'service-unavailable', title: 'Service indisponible' },
} satisfies Record<string, ProblemType>;

export type ProblemKind = keyof typeof problemTypes;

/**
 * The kind a bare client-error status (one a library raised) stands for: the generic kind of
 * that status, else the generic 400. The specific kinds of a status (validation, malformed
 * JSON) are chosen where the cause is known, never from a status alone.
 */
const kindsByStatus = new Map<number, ProblemKind>([
  [400, 'bad_request'],
  [401, 'unauthenticated'],
  [403, 'forbidden'],
  [404, 'not_found'],
  [405, 'method_not_allowed'],
  [409, 'conflict'],
  [413, 'payload_too_large'],
  [415, 'unsupported_media_type'],
  [429, 'too_many_requests'],
]);

export function problemKindForClientStatus(status: number): ProblemKind {
  return kindsByStatus.get(status) ?? 'bad_request';
}

export function problem(
  kind: ProblemKind,
  extra: {
    detail?: string;
    errors?: readonly FieldProblem[];
    errorId?: string;
    retryAfterSeconds?: number;
    allowedActions?: readonly string[];
  } = {},
): Problem {
  const type = problemTypes[kind];
  return {
    type: `/problems/${type.slug}`,
    title: type.title,
    status: type.status,
    ...(extra.detail ? { detail: extra.detail } : {}),
    ...(extra.errors && extra.errors.length > 0 ? { errors: [...extra.errors] } : {}),
    ...(extra.errorId ? { errorId: extra.errorId } : {}),
    ...(extra.retryAfterSeconds ? { retryAfterSeconds: extra.retryAfterSeconds } : {}),
    ...(extra.allowedActions ? { allowedActions: [...extra.allowedActions] } : {}),
  };
}

export function problemFromDomainError(error: DomainError): Problem {
  return problem(error.kind, {
    detail: error.message,
    ...('problems' in error ? { errors: error.problems as FieldProblem[] } : {}),
    ...('retryAfterSeconds' in error ? { retryAfterSeconds: error.retryAfterSeconds as number } : {}),
    ...('allowedActions' in error ? { allowedActions: error.allowedActions as string[] } : {}),
  });
}
