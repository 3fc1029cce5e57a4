import { describe, expect, it } from 'vitest';
import {
  InvalidEnvironmentError,
  parseDatabaseEnv,
  parseRequestEnv,
  parseServerEnv,
  parseStartupEnv,
} from './env';

const SERVER = {
  DATABASE_URL: 'postgresql://liqlab:pw@db.internal:5432/liqlab',
  BETTER_AUTH_SECRET: 'a-secret-of-at-least-thirty-two-characters',
};

/** The problems a parse reports, or none. */
function problems(parse: () => unknown): string[] {
  try {
    parse();
    return [];
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) return error.problems;
    throw error;
  }
}

describe('the request environment', () => {
  it('has a default for every variable', () => {
    expect(parseRequestEnv({})).toEqual({
      LIQLAB_PUBLIC_URL: 'http://localhost:3000',
      LIQLAB_TRUSTED_PROXY_HOPS: 0,
      NODE_ENV: 'development',
      PORT: 3000,
      LIQLAB_WARM_UP: 'on',
    });
  });

  it('refuses a warm-up switch other than on or off', () => {
    expect(problems(() => parseRequestEnv({ LIQLAB_WARM_UP: 'yes' }))).toEqual([
      'LIQLAB_WARM_UP must be on or off. Got "yes".',
    ]);
    expect(parseRequestEnv({ LIQLAB_WARM_UP: 'off' }).LIQLAB_WARM_UP).toBe('off');
  });

  it('reads the values it is given', () => {
    const env = parseRequestEnv({
      LIQLAB_PUBLIC_URL: 'https://lab.example.com',
      LIQLAB_TRUSTED_PROXY_HOPS: '2',
      LIQLAB_INTERNAL_URL: 'http://10.0.0.5:8080',
      PORT: '3300',
      NODE_ENV: 'production',
    });
    expect(env).toMatchObject({ LIQLAB_TRUSTED_PROXY_HOPS: 2, PORT: 3300, NODE_ENV: 'production' });
    expect(env.LIQLAB_INTERNAL_URL).toBe('http://10.0.0.5:8080');
  });

  it('treats an empty value as unset', () => {
    expect(parseRequestEnv({ LIQLAB_TRUSTED_PROXY_HOPS: '', PORT: '' })).toMatchObject({
      LIQLAB_TRUSTED_PROXY_HOPS: 0,
      PORT: 3000,
    });
  });

  it.each([
    [
      'LIQLAB_TRUSTED_PROXY_HOPS',
      'one',
      'LIQLAB_TRUSTED_PROXY_HOPS must be a whole number from 0 to 10. Got "one".',
    ],
    [
      'LIQLAB_TRUSTED_PROXY_HOPS',
      '1.5',
      'LIQLAB_TRUSTED_PROXY_HOPS must be a whole number from 0 to 10. Got "1.5".',
    ],
    [
      'LIQLAB_TRUSTED_PROXY_HOPS',
      '11',
      'LIQLAB_TRUSTED_PROXY_HOPS must be a whole number from 0 to 10. Got "11".',
    ],
    ['PORT', '70000', 'PORT must be a whole number from 1 to 65535. Got "70000".'],
    [
      'LIQLAB_PUBLIC_URL',
      'lab.example.com',
      'LIQLAB_PUBLIC_URL must be an http:// or https:// URL, e.g. https://lab.example.com. Got "lab.example.com".',
    ],
    [
      'LIQLAB_INTERNAL_URL',
      'ftp://10.0.0.5',
      'LIQLAB_INTERNAL_URL must be an http:// or https:// URL, e.g. http://10.0.0.5:3000. Got "ftp://10.0.0.5".',
    ],
    ['NODE_ENV', 'staging', 'NODE_ENV must be development, production or test. Got "staging".'],
  ])('refuses %s=%s with a message naming it', (name, value, message) => {
    expect(problems(() => parseRequestEnv({ [name]: value }))).toEqual([message]);
  });

  it('lists every bad variable at once, in one readable message', () => {
    let error: unknown;
    try {
      parseRequestEnv({ PORT: 'http', LIQLAB_TRUSTED_PROXY_HOPS: '-1' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidEnvironmentError);
    expect((error as Error).message).toBe(
      [
        'Invalid configuration:',
        '  - LIQLAB_TRUSTED_PROXY_HOPS must be a whole number from 0 to 10. Got "-1".',
        '  - PORT must be a whole number from 1 to 65535. Got "http".',
      ].join('\n'),
    );
  });
});

describe('the server environment', () => {
  it('needs the database and the secret, and defaults the rest', () => {
    expect(parseServerEnv(SERVER)).toMatchObject({
      ...SERVER,
      DATABASE_POOL_SIZE: 10,
      LOG_LEVEL: 'info',
      LIQLAB_RATE_LIMIT_SCALE: 1,
      LIQLAB_REPORT_THRESHOLD: 3,
    });
    expect(problems(() => parseServerEnv({}))).toEqual([
      'DATABASE_URL is not set. Start the app with `pnpm start` (embedded database) or set it.',
      'BETTER_AUTH_SECRET is not set. Set it to the same random value on every instance (e.g. `openssl rand -base64 32`).',
    ]);
  });

  it('never repeats a secret value in its message', () => {
    const found = problems(() =>
      parseServerEnv({ DATABASE_URL: 'mysql://root:hunter2@db/liqlab', BETTER_AUTH_SECRET: 'swordfish' }),
    );
    expect(found).toEqual([
      'DATABASE_URL must be a postgresql:// connection string.',
      'BETTER_AUTH_SECRET must be at least 32 characters.',
    ]);
    expect(found.join('\n')).not.toMatch(/hunter2|swordfish/);
  });

  it('reads the log level, the pool size and the rate-limit scale', () => {
    expect(
      parseServerEnv({
        ...SERVER,
        LOG_LEVEL: 'warn',
        DATABASE_POOL_SIZE: '25',
        LIQLAB_RATE_LIMIT_SCALE: '1000',
      }),
    ).toMatchObject({ LOG_LEVEL: 'warn', DATABASE_POOL_SIZE: 25, LIQLAB_RATE_LIMIT_SCALE: 1000 });
  });

  it('refuses an unknown log level', () => {
    expect(problems(() => parseServerEnv({ ...SERVER, LOG_LEVEL: 'verbose' }))).toEqual([
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent. Got "verbose".',
    ]);
  });

  it.each(['0', '-5', '1.5', 'lots', 'NaN', '1e9'])('refuses LIQLAB_RATE_LIMIT_SCALE=%s', (raw) => {
    expect(problems(() => parseServerEnv({ ...SERVER, LIQLAB_RATE_LIMIT_SCALE: raw }))).toEqual([
      `LIQLAB_RATE_LIMIT_SCALE must be a whole number from 1 to 1000000. Got "${raw}".`,
    ]);
  });

  it('reads the report threshold, and refuses one that is not a whole number from 1 to 1000', () => {
    expect(parseServerEnv({ ...SERVER, LIQLAB_REPORT_THRESHOLD: '5' }).LIQLAB_REPORT_THRESHOLD).toBe(5);
    for (const raw of ['0', '1.5', 'three', '1001']) {
      expect(problems(() => parseServerEnv({ ...SERVER, LIQLAB_REPORT_THRESHOLD: raw }))).toEqual([
        `LIQLAB_REPORT_THRESHOLD must be a whole number from 1 to 1000. Got "${raw}".`,
      ]);
    }
  });

  it('refuses a pool size of 0', () => {
    expect(problems(() => parseServerEnv({ ...SERVER, DATABASE_POOL_SIZE: '0' }))).toEqual([
      'DATABASE_POOL_SIZE must be a whole number from 1 to 100. Got "0".',
    ]);
  });
});

describe('the start-up environment (scripts/with-database.ts)', () => {
  it('starts the embedded database when nothing is set', () => {
    expect(parseStartupEnv({})).toMatchObject({ LIQLAB_DEBUG: false, LIQLAB_RATE_LIMIT_SCALE: 1 });
    expect(parseStartupEnv({ LIQLAB_DATA_DIR: '/srv/liqlab', LIQLAB_DEBUG: '1' })).toMatchObject({
      LIQLAB_DATA_DIR: '/srv/liqlab',
      LIQLAB_DEBUG: true,
    });
  });

  it('wants the secret with an external database', () => {
    expect(problems(() => parseStartupEnv({ DATABASE_URL: SERVER.DATABASE_URL }))).toEqual([
      'BETTER_AUTH_SECRET is not set. With DATABASE_URL, set it to the same random value on every instance (e.g. `openssl rand -base64 32`).',
    ]);
    expect(parseStartupEnv(SERVER).DATABASE_URL).toBe(SERVER.DATABASE_URL);
  });

  it('checks the server’s variables too, before anything starts', () => {
    expect(
      problems(() => parseStartupEnv({ LIQLAB_RATE_LIMIT_SCALE: 'lots', LOG_LEVEL: 'loud' })),
    ).toHaveLength(2);
  });
});

describe('the database chores’ environment (pnpm db:*)', () => {
  it('takes an external server or a data directory', () => {
    expect(parseDatabaseEnv({})).toEqual({});
    expect(parseDatabaseEnv({ LIQLAB_DATA_DIR: '/tmp/pg' })).toEqual({ LIQLAB_DATA_DIR: '/tmp/pg' });
    expect(problems(() => parseDatabaseEnv({ DATABASE_URL: 'localhost' }))).toEqual([
      'DATABASE_URL must be a postgresql:// connection string.',
    ]);
  });
});
