import { pino, type Logger } from 'pino';

/** Creates the JSON logger of one service; secrets are redacted by path. */
export function createLogger(service: string): Logger {
  return pino({
    name: service,
    level: process.env.LOG_LEVEL ?? 'info',
    redact: {
      paths: [
        'req.headers.authorization',
        'headers.authorization',
        'authorization',
        'password',
        '*.password',
        'token',
        '*.token',
        'accessToken',
        '*.accessToken',
        'refreshToken',
        '*.refreshToken',
        'secret',
      ],
      censor: '[redacted]',
    },
  });
}

export type { Logger };
