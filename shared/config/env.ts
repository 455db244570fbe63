import { z } from 'zod';
import { retrievalPoolCeiling } from '../ports/searchIndexes/retrievalPoolCeiling';

/**
 * The whole environment of Passerelle, parsed once at boot. Nothing else reads process.env:
 * every process calls loadConfig(process.env) in its entry point and passes the result down.
 */
const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const commaSeparatedList = z.string().transform((value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0),
);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  HTTP_HOST: z.string().min(1).default('127.0.0.1'),
  HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_BASE_URL: z.url().default('http://127.0.0.1:3000'),
  CORS_ALLOWED_ORIGINS: commaSeparatedList.default([]),
  JSON_BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'expected a size such as 100kb or 1mb')
    .default('100kb'),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().positive().default(10_000),
  /** How long a worker's hold on a job lasts without renewal: a crashed worker's jobs run again after it. */
  WORKER_LOCK_MS: z.coerce.number().int().min(1_000).default(30_000),

  MONGO_URL: z.string().regex(/^mongodb(\+srv)?:\/\//, 'expected a mongodb:// or mongodb+srv:// URL'),
  MONGO_DB_NAME: z.string().regex(/^[A-Za-z0-9_-]{1,63}$/, 'letters, digits, _ and - only'),

  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'expected a redis:// or rediss:// URL'),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, _ and - only')
    .default('passerelle'),

  SEARCH_ENGINE: z.enum(['embedded', 'meilisearch']).default('embedded'),

  /** A burst of edits within this window gives one matching computation. */
  MATCHING_DEBOUNCE_MS: z.coerce.number().int().min(0).default(2_000),
  MATCHING_SUGGESTIONS_KEPT: z.coerce.number().int().min(1).max(200).default(50),
  /** E-mail: an SMTP server (the start command runs a local one that keeps messages in data/mail/). */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'expected an smtp:// or smtps:// URL')
    .default('smtp://127.0.0.1:2525'),
  MAIL_FROM: z.string().min(3).default('Passerelle <notifications@passerelle.local>'),
  /** Webhooks may reach loopback and private addresses: local runs and tests only (SSRF guard). */
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: booleanFlag.default(false),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().positive().default(5_000),
  /** SMS: an HTTP provider (the start command runs a local one that keeps messages in data/sms/). */
  SMS_PROVIDER_URL: z.url().default('http://127.0.0.1:2526'),
  SMS_API_KEY: z.string().min(1).default('local-sms-key'),
  SMS_SENDER: z
    .string()
    .regex(/^[A-Za-z0-9 ]{1,11}$/, 'at most 11 letters or digits')
    .default('Passerelle'),
  /** Shared secret of the provider's delivery reports (POST /api/v1/webhooks/sms-status). */
  SMS_STATUS_SECRET: z.string().min(16).default('local-sms-status-secret'),
  /** No SMS between these hours, Paris time (« 20-8 »: 20:00 to 08:00), or « none ». */
  SMS_QUIET_HOURS: z
    .string()
    .regex(/^(none|([01]?\d|2[0-3])-([01]?\d|2[0-3]))$/, 'hours as « 20-8 », or « none »')
    .default('20-8'),
  MATCHING_RETRIEVAL_POOL: z.coerce.number().int().min(10).max(retrievalPoolCeiling).default(5_000),
  /** Recomputations an adviser may ask for in 10 minutes (POST …/suggestions/refresh). */
  SUGGESTIONS_REFRESH_LIMIT: z.coerce.number().int().positive().default(30),
  MEILI_URL: z.url().optional(),
  MEILI_MASTER_KEY: z.string().min(16).optional(),
  /** Put before every index name on the search server (tests give each file its own, as for queues). */
  SEARCH_INDEX_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]{0,40}$/, 'letters, digits, - and _ only')
    .default(''),

  JWT_SECRET: z.string().min(32, 'at least 32 characters'),
  JWT_ISSUER: z.string().min(1).default('passerelle'),
  JWT_AUDIENCE: z.string().min(1).default('passerelle-api'),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().max(3600).default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().positive().max(90).default(30),

  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
  LOGIN_MAX_ATTEMPTS_PER_IP: z.coerce.number().int().positive().default(50),
  LOGIN_RATE_WINDOW_SECONDS: z.coerce.number().int().positive().default(900),
  TRUST_PROXY: booleanFlag.default(false),

  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().min(12, 'at least 12 characters').optional(),
  ADMIN_TERRITORY_NAME: z.string().min(1).default('Territoire principal'),
});

export type Config = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: readonly { variable: string; reason: string }[]) {
    super(
      'Invalid configuration:\n' + problems.map((problem) => `  ${problem.variable}: ${problem.reason}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined>): Config {
  // An empty value in .env means "not set", so defaults apply instead of failing validation.
  const provided = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(provided);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({
        variable: issue.path.join('.') || '(environment)',
        reason: issue.message,
      })),
    );
  }
  const config = parsed.data;
  const crossFieldProblems = [
    ...(config.SEARCH_ENGINE === 'meilisearch' && !config.MEILI_URL
      ? [{ variable: 'MEILI_URL', reason: 'required when SEARCH_ENGINE=meilisearch' }]
      : []),
    ...(Boolean(config.ADMIN_EMAIL) !== Boolean(config.ADMIN_PASSWORD)
      ? [
          {
            variable: config.ADMIN_EMAIL ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL',
            reason: 'ADMIN_EMAIL and ADMIN_PASSWORD go together',
          },
        ]
      : []),
  ];
  if (crossFieldProblems.length > 0) throw new ConfigError(crossFieldProblems);
  return config;
}
