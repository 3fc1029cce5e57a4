import type { IncomingMessage } from 'node:http';

/**
 * What the production server's direct paths (direct-trpc.ts, direct-shared-page.ts) need from a
 * request Node parsed, where Next would have handed them web objects.
 */

/** The request's headers as web Headers (repeated ones joined, as Next does). */
export function webHeadersOf(request: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = request.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!);
  return headers;
}

/** Whether Accept-Encoding names gzip with a weight above zero. */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  return (acceptEncoding ?? '').split(',').some((entry) => {
    const [name, ...parameters] = entry.split(';').map((part) => part.trim().toLowerCase());
    if (name !== 'gzip') return false;
    const weight = parameters.find((parameter) => parameter.startsWith('q='));
    return weight === undefined || Number(weight.slice(2)) > 0;
  });
}
