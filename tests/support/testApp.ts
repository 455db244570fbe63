import type { Express } from 'express';
import request from 'supertest';
import { createApp } from '../../services/api/app';
import type { DestinationStream } from 'pino';
import type { Clock } from '../../shared/ports/Clock';
import { buildDependencies, type Dependencies } from '../../shared/wiring/buildDependencies';
import { testConfig } from './testConfig';

export interface TestApp {
  deps: Dependencies;
  app: Express;
  http: () => ReturnType<typeof request>;
  /** Drops the test database and closes every connection. */
  close(): Promise<void>;
}

/** What the API helpers need: a way to send requests, to an in-process app or to a running API process. */
export type ApiClient = Pick<TestApp, 'http'>;

/** Requests to an API process listening at this URL. */
export function remoteApi(baseUrl: string): ApiClient {
  return { http: () => request(baseUrl) };
}

export interface TestAppOptions {
  env?: Record<string, string>;
  clock?: Clock;
  logDestination?: DestinationStream;
  /** Emit the database commands sent (tests that watch for whole-collection reads). */
  monitorCommands?: boolean;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const config = testConfig(options.env);
  const deps = await buildDependencies(config, {
    processName: 'test',
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.logDestination ? { logDestination: options.logDestination } : {}),
    ...(options.monitorCommands ? { monitorCommands: true } : {}),
  });
  const app = createApp(deps);
  return {
    deps,
    app,
    http: () => request(app),
    async close() {
      await deps.mongo.dropDatabase().catch(() => undefined);
      await deps.close();
    },
  };
}
