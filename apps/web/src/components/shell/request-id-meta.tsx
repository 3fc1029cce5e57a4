import { headers } from 'next/headers';

/**
 * The request id proxy.ts gave this response, for the error page to quote when an error happens in
 * the browser (a server error has React's digest instead). Only for pages rendered per request:
 * reading the request makes the page dynamic. React hoists the <meta> into <head>.
 */
export async function RequestIdMeta() {
  const requestId = (await headers()).get('x-request-id');
  return requestId ? <meta name="liqlab-request-id" content={requestId} /> : null;
}
