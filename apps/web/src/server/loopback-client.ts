import http from 'node:http';
import https from 'node:https';
import { gunzipSync } from 'node:zlib';

export interface LoopbackAnswer {
  status: number;
  /** Every Set-Cookie line of the answer. */
  setCookies: string[];
  text: string;
}

/**
 * A client for a server to call itself (the start-up warm-up), over node:http rather than fetch.
 * It runs inside the server process, so what it leaves behind is the server's to carry when the
 * first real requests arrive: fetch gives every call undici's Request, Response and web streams,
 * and `AbortSignal.timeout` a 30-s timer that, still pending when the instance reports ready, fires
 * an abort event per warm-up call for the next 30 s (seen in a CPU profile of the server under load,
 * 2026-12-05). Here a call is one request on a kept-alive socket, its timeout cleared when it ends.
 * It asks for gzip as a browser does, so the compression of larger answers is warmed up too.
 */
export class LoopbackClient {
  readonly #origin: URL;
  readonly #agent: http.Agent;

  constructor(origin: string) {
    this.#origin = new URL(origin);
    const isHttps = this.#origin.protocol === 'https:';
    this.#agent = isHttps ? new https.Agent({ keepAlive: true }) : new http.Agent({ keepAlive: true });
  }

  request(
    path: string,
    options: { method?: 'GET' | 'POST'; headers: Record<string, string>; body?: string; timeoutMs: number },
  ): Promise<LoopbackAnswer> {
    const { body } = options;
    const headers = {
      'accept-encoding': 'gzip',
      ...options.headers,
      ...(body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) }),
    };
    const send = this.#origin.protocol === 'https:' ? https.request : http.request;
    return new Promise((resolve, reject) => {
      const request = send(
        {
          agent: this.#agent,
          protocol: this.#origin.protocol,
          hostname: this.#origin.hostname,
          port: this.#origin.port,
          path,
          method: options.method ?? 'GET',
          headers,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const raw = Buffer.concat(chunks);
            const gzipped = response.headers['content-encoding'] === 'gzip';
            resolve({
              status: response.statusCode ?? 0,
              setCookies: response.headers['set-cookie'] ?? [],
              text: (gzipped ? gunzipSync(raw) : raw).toString('utf8'),
            });
          });
        },
      );
      request.setTimeout(options.timeoutMs, () =>
        request.destroy(new Error(`${path}: no answer within ${options.timeoutMs} ms`)),
      );
      request.on('error', reject);
      request.end(body);
    });
  }

  /** Closes the kept-alive sockets: the server's keep-alive timer would otherwise hold them 5 s more. */
  close(): void {
    this.#agent.destroy();
  }
}
