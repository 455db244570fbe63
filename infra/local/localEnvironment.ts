import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Secrets for a local run, generated once and kept in data/local.env so that a restart keeps
 * the same admin password and still accepts the tokens it issued. Never used in production.
 */
export function loadOrCreateLocalSecrets(file: string): {
  JWT_SECRET: string;
  ADMIN_EMAIL: string;
  ADMIN_PASSWORD: string;
} {
  if (existsSync(file)) {
    const values = Object.fromEntries(
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.includes('='))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    if (values.JWT_SECRET && values.ADMIN_EMAIL && values.ADMIN_PASSWORD) {
      return { JWT_SECRET: values.JWT_SECRET, ADMIN_EMAIL: values.ADMIN_EMAIL, ADMIN_PASSWORD: values.ADMIN_PASSWORD };
    }
  }
  const secrets = {
    JWT_SECRET: randomBytes(48).toString('base64url'),
    ADMIN_EMAIL: 'admin@passerelle.local',
    ADMIN_PASSWORD: randomBytes(12).toString('base64url'),
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    Object.entries(secrets)
      .map(([key, value]) => `${key}=${value}`)
      .join('\n') + '\n',
    { mode: 0o600 },
  );
  return secrets;
}
