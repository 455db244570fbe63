import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';

/** Paths never written to a log: credentials, tokens and session cookies. */
export const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.refreshToken',
  '*.accessToken',
  '*.passwordHash',
];

export interface LoggerOutput {
  /** Where lines go instead of stdout (tests read them). */
  destination?: DestinationStream;
  /** Human-readable lines on stdout (a developer's terminal), when pino-pretty is installed. */
  pretty?: boolean;
}

/**
 * pino-pretty is a development dependency: a production install does not have it, and a
 * production process never asks for it (`pretty` is off there), so it is looked up, not imported.
 */
function prettyInstalled(): boolean {
  try {
    require.resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

export function createLogger(level: string, name: string, output: LoggerOutput = {}): Logger {
  // Redaction runs before a line leaves the process, so pretty lines are redacted alike.
  const options: LoggerOptions = { level, name, redact: { paths: redactedPaths, censor: '[redacted]' } };
  if (output.destination) return pino(options, output.destination);
  if (output.pretty && prettyInstalled()) {
    return pino({
      ...options,
      transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } },
    });
  }
  return pino(options);
}
