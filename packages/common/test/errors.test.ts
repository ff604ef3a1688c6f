import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  badInput,
  formatClientError,
  MAX_CLIENT_MESSAGE_LENGTH,
  truncateMessage,
} from '../src/index.js';

describe('client error messages', () => {
  it('keeps a short message unchanged', () => {
    expect(truncateMessage('title is missing.')).toBe('title is missing.');
  });

  it('cuts a long message at the limit in code points', () => {
    const message = `name ${'𠮷'.repeat(2000)} is too long.`;
    const cut = truncateMessage(message);
    expect(cut.endsWith('… (message truncated)')).toBe(true);
    const kept = cut.slice(0, cut.length - '… (message truncated)'.length);
    expect(Array.from(kept)).toHaveLength(MAX_CLIENT_MESSAGE_LENGTH);
    expect(message.startsWith(kept)).toBe(true);
  });

  it('truncates the message of a known error code', () => {
    const error = badInput(`title ${'x'.repeat(100_000)} is too long.`);
    const formatted = formatClientError(error.toJSON(), error, () => {});
    expect(formatted.extensions?.code).toBe('BAD_USER_INPUT');
    expect(formatted.message.length).toBeLessThan(600);
  });

  it('hides an unknown error behind INTERNAL_SERVER_ERROR', () => {
    const logged: unknown[] = [];
    const error = new GraphQLError('connection to 10.0.0.1:27017 reset');
    const formatted = formatClientError(error.toJSON(), error, (err) =>
      logged.push(err),
    );
    expect(formatted.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(formatted.message).not.toContain('10.0.0.1');
    expect(logged).toHaveLength(1);
  });
});
