import type { components } from './schema';

export type Problem = components['schemas']['Problem'];

/** A refused request: its status and the API's problem+json (or one made up for a network failure). */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
  }
}

function asProblem(status: number, body: unknown): Problem {
  if (typeof body === 'object' && body !== null && 'title' in body && typeof body.title === 'string') {
    return body as Problem;
  }
  return {
    type: 'about:blank',
    status,
    title: status >= 500 || status === 0 ? 'Service indisponible' : 'Requête refusée',
    detail:
      status === 0
        ? 'Le serveur ne répond pas : vérifiez votre connexion, puis réessayez.'
        : 'La réponse du serveur est illisible ; réessayez dans un instant.',
  };
}

/** What every query and mutation awaits: the data of a success, else an ApiProblem to throw. */
export async function unwrap<D>(request: Promise<{ data?: D; error?: unknown; response: Response }>): Promise<D> {
  let result: { data?: D; error?: unknown; response: Response };
  try {
    result = await request;
  } catch {
    throw new ApiProblem(0, asProblem(0, null));
  }
  if (result.response.ok) return result.data as D;
  throw new ApiProblem(result.response.status, asProblem(result.response.status, result.error));
}

export function isProblem(error: unknown, ...statuses: number[]): error is ApiProblem {
  return error instanceof ApiProblem && (statuses.length === 0 || statuses.includes(error.status));
}

/**
 * The reasons the API gave per body field, keyed by the field's path as the form names its
 * inputs (`title`, `location.commune`, `interview.at`); query and path parameters are no input.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiProblem)) return {};
  const fields: Record<string, string> = {};
  for (const { field, reason } of error.problem.errors ?? []) {
    if (/^(query|params)(\.|$)/.test(field)) continue;
    const path = field.replace(/^body\./, '');
    fields[path] = fields[path] ? `${fields[path]} ; ${reason}` : reason;
  }
  return fields;
}

/** The reason for an input that shows every field under one of these paths (`job` shows `job.romeCode`). */
export function reasonFor(fields: Record<string, string>, ...paths: string[]): string | undefined {
  const reasons = Object.entries(fields)
    .filter(([field]) => paths.some((path) => field === path || field.startsWith(`${path}.`)))
    .map(([, reason]) => reason);
  return reasons.length > 0 ? reasons.join(' ; ') : undefined;
}
