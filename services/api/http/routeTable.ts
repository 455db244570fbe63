import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { Request, RequestHandler } from 'express';
import { sendProblem } from './errorHandler';
import { problem } from './problemDetails';

/** One declared path (OpenAPI syntax) and the methods declared on it. */
interface DeclaredPath {
  /** Matches a request path the way the router does: a parameter is one segment, case and a trailing slash ignored. */
  pattern: RegExp;
  /** Per segment, 1 for a fixed one and 0 for a parameter: `/offers/search` is more specific than `/offers/{id}`. */
  specificity: number[];
  /** Upper-case method → whether that operation takes a body. */
  operations: Map<string, { takesBody: boolean }>;
}

function pathPattern(openApiPath: string): RegExp {
  const source = openApiPath
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}/?$`, 'i');
}

function moreSpecific(a: number[], b: number[]): boolean {
  const index = a.findIndex((value, position) => value !== b[position]);
  return index !== -1 && (a[index] ?? 0) > (b[index] ?? 0);
}

/** The paths and methods defineRoute declared, read back from the registry it registered them in. */
export class RouteTable {
  private readonly paths = new Map<string, DeclaredPath>();

  constructor(registry: OpenAPIRegistry, others: { method: string; path: string }[] = []) {
    const declared = registry.definitions.flatMap((definition) =>
      definition.type === 'route'
        ? [
            {
              method: definition.route.method,
              path: definition.route.path,
              takesBody: !!definition.route.request?.body,
            },
          ]
        : [],
    );
    for (const { method, path, takesBody } of [
      ...declared,
      ...others.map((other) => ({ ...other, takesBody: false })),
    ]) {
      const entry = this.paths.get(path) ?? {
        pattern: pathPattern(path),
        specificity: path
          .split('/')
          .filter((segment) => segment !== '')
          .map((segment) => (segment.startsWith('{') ? 0 : 1)),
        operations: new Map(),
      };
      entry.operations.set(method.toUpperCase(), { takesBody });
      this.paths.set(path, entry);
    }
  }

  /**
   * The declared path a request path designates. A fixed segment wins over a parameter, as in
   * OpenAPI: `PATCH /candidates/search` is asked of /candidates/search (which has GET only),
   * not of /candidates/{id} with "search" as the id.
   */
  resolve(requestPath: string): DeclaredPath | undefined {
    let best: DeclaredPath | undefined;
    for (const entry of this.paths.values()) {
      if (!entry.pattern.test(requestPath)) continue;
      if (!best || moreSpecific(entry.specificity, best.specificity)) best = entry;
    }
    return best;
  }
}

/** A body with content: a declared length above zero, or chunks whose length nobody announced. */
function hasContent(req: Request): boolean {
  if (req.headers['transfer-encoding'] !== undefined) return true;
  const length = Number(req.headers['content-length'] ?? 0);
  return !Number.isNaN(length) && length > 0;
}

/**
 * Checks made before the routers run, from the declarations alone:
 * - a known path asked with a method it does not declare is a 405 listing the declared ones
 *   (HEAD goes with GET: the router answers it); an unknown path goes on to the 404;
 * - an operation that takes a body reads JSON only: content of another type is a 415, rather
 *   than being skipped by the JSON parser and every field then reported missing. A request with
 *   no content keeps the validation answer that names the missing fields.
 */
export function declaredRoutesOnly(table: RouteTable): RequestHandler {
  return (req, res, next) => {
    const declared = table.resolve(req.path);
    if (!declared) return next();
    const operation = declared.operations.get(req.method === 'HEAD' ? 'GET' : req.method);
    if (!operation) {
      const allowed = [...declared.operations.keys()];
      if (allowed.includes('GET')) allowed.push('HEAD');
      allowed.sort();
      res.setHeader('Allow', allowed.join(', '));
      return sendProblem(
        res,
        problem('method_not_allowed', { detail: `${req.method} n’est pas possible ici : ${allowed.join(', ')}.` }),
      );
    }
    if (operation.takesBody && hasContent(req) && !req.is('application/json')) {
      return sendProblem(
        res,
        problem('unsupported_media_type', {
          detail: 'Le corps de la requête doit être du JSON (Content-Type: application/json).',
        }),
      );
    }
    next();
  };
}
