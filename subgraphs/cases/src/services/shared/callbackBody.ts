import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  BodyTooLargeError,
  readBody,
  sendJson,
  type Logger,
} from '@ykb/common';

/** Largest body a payment or courier callback may have. */
export const MAX_CALLBACK_BYTES = 64 * 1024;

/**
 * Reads a provider's callback body. A body over MAX_CALLBACK_BYTES gets
 * HTTP 413 in the callback response shape (`{"result": "TOO_LARGE",
 * "reason": …}`) and closes the connection, because the rest of the body is
 * never read; null is returned then.
 */
export async function readCallbackBody(
  req: IncomingMessage,
  res: ServerResponse,
  log: Logger,
): Promise<string | null> {
  try {
    return await readBody(req, MAX_CALLBACK_BYTES);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    log.warn(
      { remote: req.socket?.remoteAddress, path: req.url },
      'callback rejected: body too large',
    );
    res.setHeader('connection', 'close');
    sendJson(res, 413, { result: 'TOO_LARGE', reason: error.message });
    return null;
  }
}
