// @ts-check
/**
 * Serves Next's start-up script tags inert, for the root layout's constant script to start after the
 * browser's first paint (src/lib/scripts-after-first-paint.ts says why). Every HTML response the
 * production server gets from Next passes through here, streamed: each `<script src="/_next/static/…"
 * async>` becomes `<script type="text/x-after-first-paint" src="…">`, and React's preload hint for the
 * bootstrap script is dropped (it would fetch that file before the paint all the same). Other scripts
 * — inline ones, the `nomodule` polyfills, anything not from /_next/static — are left as they are.
 * Kept shared pages are rendered through this server, so their copies are served the same way.
 */

import { StringDecoder } from 'node:string_decoder';

/** Must equal AFTER_FIRST_PAINT_SCRIPT_TYPE in src/lib/scripts-after-first-paint.ts (its test checks). */
export const AFTER_FIRST_PAINT_SCRIPT_TYPE = 'text/x-after-first-paint';

const NEXT_STATIC_SCRIPT = /^\/_next\/static\/[^"]+\.js$/;
const TAG = /<(script|link)(\s[^<>]*)?>/gi;

/**
 * A tag's attributes by lower-case name (React writes them with double quotes, or bare).
 * @param {string} text
 */
function attributesOf(text) {
  /** @type {Map<string, string>} */
  const attributes = new Map();
  for (const match of text.matchAll(/([^\s"'=<>/]+)(?:="([^"]*)")?/g)) {
    attributes.set(/** @type {string} */ (match[1]).toLowerCase(), match[2] ?? '');
  }
  return attributes;
}

/**
 * `html` with Next's start-up script tags made inert. Works on any stretch of a page whose tags are
 * whole (see `deferStartScriptsIn` for streams).
 * @param {string} html
 */
export function deferStartScripts(html) {
  return html.replace(TAG, (tag, name, attributeText = '') => {
    const attributes = attributesOf(attributeText);
    if (name.toLowerCase() === 'link') {
      const isStartScriptHint =
        attributes.get('rel') === 'preload' &&
        attributes.get('as') === 'script' &&
        NEXT_STATIC_SCRIPT.test(attributes.get('href') ?? '');
      return isStartScriptHint ? '' : tag;
    }
    const src = attributes.get('src') ?? '';
    const isStartScript =
      NEXT_STATIC_SCRIPT.test(src) &&
      attributes.has('async') &&
      !attributes.has('nomodule') &&
      !attributes.has('type');
    return isStartScript ? `<script type="${AFTER_FIRST_PAINT_SCRIPT_TYPE}" src="${src}">` : tag;
  });
}

/**
 * Where a stretch of a stream can be cut so that no tag is split: before a `<` whose tag has not
 * closed yet (its `>` is in a later chunk), or the whole stretch.
 * @param {string} text
 */
function wholeTagsEnd(text) {
  const lastOpen = text.lastIndexOf('<');
  return lastOpen > text.lastIndexOf('>') ? lastOpen : text.length;
}

/**
 * Rewrites `response`'s body with `deferStartScripts` when it is HTML (decided when its headers go
 * out, from its content type). The length changes, so an HTML response's Content-Length is dropped;
 * anything else passes through untouched. Install it above any compression, which must see the
 * rewritten bytes.
 * @param {import('node:http').ServerResponse} response
 */
export function deferStartScriptsIn(response) {
  const { writeHead, write, end } = response;
  /** @type {boolean | undefined} */
  let isHtml;
  const decoder = new StringDecoder('utf8');
  let pending = '';

  const decide = () => {
    if (isHtml === undefined) {
      isHtml = /^text\/html\b/i.test(String(response.getHeader('content-type') ?? ''));
      if (isHtml) response.removeHeader('content-length');
    }
    return isHtml;
  };
  /**
   * @param {unknown} chunk
   * @param {BufferEncoding | undefined} encoding
   * @param {boolean} last
   */
  const rewrite = (chunk, encoding, last) => {
    let text = pending;
    if (typeof chunk === 'string') text += decoder.write(Buffer.from(chunk, encoding ?? 'utf8'));
    else if (chunk instanceof Uint8Array)
      text += decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    if (last) text += decoder.end();
    const cut = last ? text.length : wholeTagsEnd(text);
    pending = text.slice(cut);
    return deferStartScripts(text.slice(0, cut));
  };

  // Headers go out through writeHead, whether Next calls it, flushes them or writes the first chunk.
  response.writeHead = /** @type {typeof writeHead} */ (
    /** @param {any[]} args */
    (...args) => {
      decide();
      return /** @type {any} */ (writeHead).apply(response, args);
    }
  );
  response.write = /** @type {typeof write} */ (
    /** @param {any[]} args */
    (...args) => {
      if (!decide()) return /** @type {any} */ (write).apply(response, args);
      const [chunk, second, third] = args;
      const encoding = typeof second === 'string' ? /** @type {BufferEncoding} */ (second) : undefined;
      const done = typeof second === 'function' ? second : third;
      return write.call(response, rewrite(chunk, encoding, false), done);
    }
  );
  response.end = /** @type {typeof end} */ (
    /** @param {any[]} args */
    (...args) => {
      if (!decide()) return /** @type {any} */ (end).apply(response, args);
      const [first, second, third] = args;
      const chunk = typeof first === 'function' ? undefined : first;
      const encoding = typeof second === 'string' ? /** @type {BufferEncoding} */ (second) : undefined;
      const done = [first, second, third].find((arg) => typeof arg === 'function');
      return end.call(response, rewrite(chunk, encoding, true), done);
    }
  );
}
