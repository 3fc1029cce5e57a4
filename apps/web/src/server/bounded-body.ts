import type { IncomingMessage } from 'node:http';

/** The body was longer than the limit: reading stopped there. */
export const BODY_TOO_LARGE = Symbol('body too large');

/**
 * Reads a request body, counting bytes as they arrive and stopping (cancelling the stream) as soon
 * as they pass `maxBytes`. Content-Length alone is no limit: a chunked body declares no length, and a
 * declared one is checked here too, before any byte is read.
 */
export async function readBoundedBody(
  request: Request,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | typeof BODY_TOO_LARGE> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > maxBytes) return BODY_TOO_LARGE;
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return BODY_TOO_LARGE;
    }
    chunks.push(value);
  }
  return joined(chunks, total);
}

function joined(chunks: readonly Uint8Array[], total: number): Uint8Array<ArrayBuffer> {
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** The same request with its body already read (so the next reader gets exactly those bytes). */
export function withBody(request: Request, body: Uint8Array<ArrayBuffer>): Request {
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: hasBody ? body : undefined,
    signal: request.signal,
  });
}

/**
 * readBoundedBody for a request read straight from Node (the production server's direct tRPC path).
 * Past the limit it stops listening and leaves the rest unread for the caller, which answers 413 and
 * then drops the rest (direct-trpc.ts). Destroying the request here would close the socket before
 * that answer could go out.
 */
export function readBoundedNodeBody(
  request: IncomingMessage,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | typeof BODY_TOO_LARGE> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > maxBytes) return Promise.resolve(BODY_TOO_LARGE);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const stop = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total > maxBytes) {
        stop();
        request.pause();
        resolve(BODY_TOO_LARGE);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(joined(chunks, total));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
  });
}
