import type { OpenAPIRegistry, RouteConfig } from '@asteasolutions/zod-to-openapi';
import type { Request, Response, Router } from 'express';
import type { z } from 'zod';
import type { Actor } from '../../../shared/domain/accounts/session';
import { ValidationError } from '../../../shared/domain/errors';
import type { AccessTokens } from '../../../shared/ports/AccessTokens';
import type { SessionRevocations } from '../../../shared/ports/SessionRevocations';
import { authenticate, type Access } from './authenticate';
import { problemSchema, problemTypes, type ProblemKind } from './problemDetails';
import { zodIssuesToFieldProblems } from './zodIssuesToFieldProblems';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type AnySchema = z.ZodType;
type Infer<S> = S extends AnySchema ? z.infer<S> : undefined;

export interface RouteContext<A extends Access, B, Q, P> {
  actor: A extends 'public' ? null : Actor;
  body: Infer<B>;
  query: Infer<Q>;
  params: Infer<P>;
  req: Request;
  res: Response;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  /** A file to download instead of a JSON body (exports). */
  file?: { contentType: string; fileName: string; content: string | Buffer };
}

export interface RouteSuccess {
  status: number;
  description: string;
  schema?: AnySchema;
  /** For a file: its media types (the document describes each as binary). */
  fileTypes?: string[];
}

export interface RouteSpec<A extends Access, B, Q, P> {
  method: Method;
  /** Express syntax (`/organizations/:id`); converted to OpenAPI's `{id}`. */
  path: string;
  summary: string;
  /** More than the summary says, for the OpenAPI document. */
  description?: string;
  tags: string[];
  access: A;
  body?: B;
  query?: Q;
  params?: P;
  success: RouteSuccess;
  /** Other successes the handler may answer (`POST /matches`: 200 with the match that already existed). */
  otherSuccesses?: RouteSuccess[];
  /** Problems this route may answer besides those implied by its access and inputs. */
  problems?: ProblemKind[];
  handle(context: RouteContext<A, B, Q, P>): Promise<RouteResult>;
}

export interface RouteTarget {
  router: Router;
  registry: OpenAPIRegistry;
  accessTokens: AccessTokens;
  sessionRevocations: SessionRevocations;
  /** Prefix under which the router is mounted, for the OpenAPI paths. */
  basePath: string;
}

function parseOrThrow<S>(schema: S | undefined, value: unknown, location: 'body' | 'query' | 'params'): Infer<S> {
  if (!schema) return undefined as Infer<S>;
  const result = (schema as unknown as AnySchema).safeParse(value);
  if (!result.success) {
    throw new ValidationError(
      'La requête contient des champs invalides.',
      zodIssuesToFieldProblems(location, result.error),
    );
  }
  return result.data as Infer<S>;
}

/**
 * Declares a route once: it is mounted on the router (authentication, role check, zod
 * validation, then the handler) and registered in the OpenAPI document from the same schemas.
 */
export function defineRoute<
  A extends Access,
  B extends AnySchema | undefined,
  Q extends AnySchema | undefined,
  P extends AnySchema | undefined,
>(target: RouteTarget, spec: RouteSpec<A, B, Q, P>): void {
  target.router[spec.method](spec.path, async (req: Request, res: Response) => {
    type RouteActor = RouteContext<A, B, Q, P>['actor'];
    const actor = (spec.access === 'public' ? null : await authenticate(req, target, spec.access)) as RouteActor;
    const params = parseOrThrow(spec.params, req.params, 'params');
    const query = parseOrThrow(spec.query, req.query, 'query');
    const body = parseOrThrow(spec.body, req.body ?? {}, 'body');
    const result = await spec.handle({ actor, body, query, params, req, res });
    if (result.file) {
      res
        .status(result.status)
        .type(result.file.contentType)
        .attachment(result.file.fileName)
        .send(result.file.content);
    } else if (result.body === undefined) res.status(result.status).end();
    else res.status(result.status).json(result.body);
  });

  target.registry.registerPath(toOpenApiRoute(target.basePath, spec));
}

function toOpenApiRoute<A extends Access, B, Q, P>(basePath: string, spec: RouteSpec<A, B, Q, P>): RouteConfig {
  const problems = new Set<ProblemKind>(spec.problems ?? []);
  if (spec.body || spec.query || spec.params) problems.add('validation');
  // A body is read only as JSON, within the size limit (413, 415 from the edge).
  if (spec.body) {
    for (const kind of ['malformed_json', 'payload_too_large', 'unsupported_media_type'] as const) problems.add(kind);
  }
  // Every path parameter names something that may not exist, or not for this caller.
  if (spec.params) problems.add('not_found');
  if (spec.access !== 'public') problems.add('unauthenticated');
  // The session check fails closed when Redis cannot answer.
  if (spec.access !== 'public') problems.add('unavailable');
  if (Array.isArray(spec.access)) problems.add('forbidden');
  problems.add('internal');

  const responses: RouteConfig['responses'] = {};
  for (const success of [spec.success, ...(spec.otherSuccesses ?? [])]) {
    responses[success.status] = {
      description: success.description,
      ...(success.schema ? { content: { 'application/json': { schema: success.schema } } } : {}),
      ...(success.fileTypes
        ? {
            content: Object.fromEntries(
              success.fileTypes.map((type) => [type, { schema: { type: 'string' as const, format: 'binary' } }]),
            ),
          }
        : {}),
    };
  }
  // Kinds that share a status (validation, malformed JSON, bad request) are one response naming them all.
  const titlesByStatus = new Map<number, string[]>();
  for (const kind of problems) {
    const { status, title } = problemTypes[kind];
    titlesByStatus.set(status, [...(titlesByStatus.get(status) ?? []), title]);
  }
  for (const [status, titles] of titlesByStatus) {
    responses[status] = {
      description: titles.join(' ; '),
      content: { 'application/problem+json': { schema: problemSchema } },
    };
  }

  return {
    method: spec.method,
    path: (basePath + spec.path).replace(/:([A-Za-z_]+)/g, '{$1}'),
    summary: spec.summary,
    tags: spec.tags,
    ...(spec.access === 'public' ? {} : { security: [{ bearerAuth: [] }] }),
    ...(spec.description || Array.isArray(spec.access)
      ? {
          description: [
            spec.description,
            Array.isArray(spec.access) ? `Rôles autorisés : ${spec.access.join(', ')}.` : undefined,
          ]
            .filter(Boolean)
            .join(' '),
        }
      : {}),
    request: {
      ...(spec.params ? { params: spec.params as unknown as z.ZodObject } : {}),
      ...(spec.query ? { query: spec.query as unknown as z.ZodObject } : {}),
      ...(spec.body
        ? {
            body: {
              // A request without a body is read as {}: the body is required only when {} is refused.
              required: !(spec.body as unknown as AnySchema).safeParse({}).success,
              content: { 'application/json': { schema: spec.body as unknown as AnySchema } },
            },
          }
        : {}),
    },
    responses,
  };
}
