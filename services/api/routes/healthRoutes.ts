import type { Logger } from 'pino';
import { z } from 'zod';
import type { HealthCheck } from '../../../shared/ports/HealthCheck';
import { defineRoute, type RouteTarget } from '../http/defineRoute';
import { problem } from '../http/problemDetails';

const checkTimeoutMs = 2_000;

const readinessSchema = z
  .object({
    status: z.enum(['ready']),
    checks: z.array(z.object({ name: z.string(), status: z.enum(['up', 'down']) })),
  })
  .meta({ id: 'Readiness' });

async function runCheck(check: HealthCheck, logger: Logger): Promise<{ name: string; status: 'up' | 'down' }> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check.check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${checkTimeoutMs} ms`)), checkTimeoutMs);
      }),
    ]);
    return { name: check.name, status: 'up' };
  } catch (error) {
    // The reason goes to the log only: it may name hosts and ports.
    logger.warn({ check: check.name, err: error }, 'readiness check failed');
    return { name: check.name, status: 'down' };
  } finally {
    clearTimeout(timer);
  }
}

export function registerHealthRoutes(target: RouteTarget, healthChecks: HealthCheck[], logger: Logger): void {
  defineRoute(target, {
    method: 'get',
    path: '/healthz',
    summary: 'Liveness: the process answers',
    tags: ['health'],
    access: 'public',
    success: { status: 200, description: 'alive', schema: z.object({ status: z.literal('ok') }) },
    handle: () => Promise.resolve({ status: 200, body: { status: 'ok' } }),
  });

  defineRoute(target, {
    method: 'get',
    path: '/readyz',
    summary: 'Readiness: database, Redis and search engine reachable',
    tags: ['health'],
    access: 'public',
    success: { status: 200, description: 'every dependency answers', schema: readinessSchema },
    problems: ['unavailable'],
    handle: async ({ res }) => {
      const checks = await Promise.all(healthChecks.map((check) => runCheck(check, logger)));
      const down = checks.filter((check) => check.status === 'down').map((check) => check.name);
      if (down.length === 0) return { status: 200, body: { status: 'ready', checks } };
      res.type('application/problem+json');
      return {
        status: 503,
        body: { ...problem('unavailable', { detail: `Injoignable : ${down.join(', ')}.` }), checks },
      };
    },
  });
}
