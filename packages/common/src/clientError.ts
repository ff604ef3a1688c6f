// The response to a request that node:http could not parse. This module uses
// node:http only, so the PWA's server configuration can import it too.
import { maxHeaderSize, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * Responds to a request that node:http could not parse, such as one whose
 * headers exceed `maxHeaderSize` (16 KiB by default), with a JSON error
 * and a stable code. Node's own response has an empty body.
 */
export function answerClientError(
  error: NodeJS.ErrnoException,
  socket: Duplex,
): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? 431 : 400;
  const body = JSON.stringify({
    errors: [
      tooLarge
        ? {
            message: `The request headers exceed ${maxHeaderSize} bytes; send a shorter token or fewer headers.`,
            extensions: { code: 'REQUEST_HEADER_FIELDS_TOO_LARGE' },
          }
        : {
            message: 'The HTTP request is malformed and was not read.',
            extensions: { code: 'BAD_REQUEST' },
          },
    ],
  });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
      'content-type: application/json; charset=utf-8\r\n' +
      `content-length: ${Buffer.byteLength(body)}\r\n` +
      'connection: close\r\n\r\n' +
      body,
  );
}
