import { ConfigError, loadConfig } from '../../../shared/config/env';

const validEnv = {
  MONGO_URL: 'mongodb://127.0.0.1:27017/',
  MONGO_DB_NAME: 'passerelle',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'a-secret-of-at-least-thirty-two-characters',
};

function problemsOf(env: Record<string, string | undefined>) {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies defaults to a minimal valid environment', () => {
    const config = loadConfig(validEnv);

    expect(config).toMatchObject({
      HTTP_PORT: 3000,
      SEARCH_ENGINE: 'embedded',
      ACCESS_TOKEN_TTL_SECONDS: 900,
      CORS_ALLOWED_ORIGINS: [],
    });
  });

  it('names a missing variable', () => {
    const { MONGO_URL: _missing, ...env } = validEnv;

    expect(problemsOf(env)).toEqual([{ variable: 'MONGO_URL', reason: expect.any(String) }]);
  });

  it('names a variable of the wrong type, and says so in the error message', () => {
    const env = { ...validEnv, HTTP_PORT: 'eighty' };

    expect(problemsOf(env).map((problem) => problem.variable)).toEqual(['HTTP_PORT']);
    expect(() => loadConfig(env)).toThrow(/HTTP_PORT/);
  });

  it('refuses a JWT secret shorter than 32 characters', () => {
    expect(problemsOf({ ...validEnv, JWT_SECRET: 'short' })).toEqual([
      { variable: 'JWT_SECRET', reason: 'at least 32 characters' },
    ]);
  });

  it('requires MEILI_URL when the Meilisearch engine is chosen', () => {
    expect(problemsOf({ ...validEnv, SEARCH_ENGINE: 'meilisearch' })).toEqual([
      { variable: 'MEILI_URL', reason: 'required when SEARCH_ENGINE=meilisearch' },
    ]);
  });

  it('wants ADMIN_EMAIL and ADMIN_PASSWORD together', () => {
    expect(problemsOf({ ...validEnv, ADMIN_EMAIL: 'admin@example.test' }).map((problem) => problem.variable)).toEqual([
      'ADMIN_PASSWORD',
    ]);
  });

  it('treats an empty value as unset, so the default applies', () => {
    expect(loadConfig({ ...validEnv, HTTP_PORT: '' }).HTTP_PORT).toBe(3000);
  });

  it('splits the CORS allow-list', () => {
    const config = loadConfig({ ...validEnv, CORS_ALLOWED_ORIGINS: 'https://a.example, https://b.example' });

    expect(config.CORS_ALLOWED_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
  });
});
