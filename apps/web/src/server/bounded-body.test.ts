import { describe, expect, it } from 'vitest';
import { BODY_TOO_LARGE, readBoundedBody, withBody } from './bounded-body';

/** A chunked upload: a stream with no Content-Length, `chunks` pieces of `size` bytes (or endless). */
function streamed(size: number, chunks: number) {
  let sent = 0;
  let pulls = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulls++;
      if (sent >= chunks) return controller.close();
      sent++;
      controller.enqueue(new Uint8Array(size).fill(120));
    },
  });
  const request = new Request('http://localhost/api/trpc/x', {
    method: 'POST',
    body,
    duplex: 'half',
  } as RequestInit);
  return { request, pulls: () => pulls };
}

describe('readBoundedBody', () => {
  it('returns a body within the limit byte for byte', async () => {
    const { request } = streamed(1000, 3);
    const body = await readBoundedBody(request, 3000);
    expect(body).toBeInstanceOf(Uint8Array);
    expect((body as Uint8Array<ArrayBuffer>).byteLength).toBe(3000);
  });

  it('stops reading a chunked body once it passes the limit', async () => {
    const { request, pulls } = streamed(64 * 1024, Number.POSITIVE_INFINITY);
    expect(await readBoundedBody(request, 1024 * 1024)).toBe(BODY_TOO_LARGE);
    // 16 chunks fill the megabyte; the 17th passes it; nothing after that is asked for.
    expect(pulls()).toBeLessThanOrEqual(18);
  });

  it('refuses a declared length over the limit without reading', async () => {
    const request = new Request('http://localhost/x', {
      method: 'POST',
      body: 'x'.repeat(11),
      headers: { 'content-length': '11' },
    });
    expect(await readBoundedBody(request, 10)).toBe(BODY_TOO_LARGE);
    expect(request.bodyUsed).toBe(false);
  });

  it('passes the bytes on unchanged', async () => {
    const original = new Request('http://localhost/x', {
      method: 'POST',
      body: '{"a":1}',
      headers: { 'content-type': 'application/json' },
    });
    const body = await readBoundedBody(original, 100);
    const copy = withBody(original, body as Uint8Array<ArrayBuffer>);
    expect(await copy.json()).toEqual({ a: 1 });
    expect(copy.headers.get('content-type')).toBe('application/json');
  });
});
