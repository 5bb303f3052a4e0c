import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import CRC32C from 'crc-32/crc32c.js';

/** How a file is served. */
export interface Served {
  readonly body: Buffer;
  readonly etag?: string;
  /** `x-goog-hash` as GCS sends it (computed), a given header value, or none. */
  readonly googHash?: string;
  /** Answer every request with the whole file, as servers without range support do. */
  readonly ignoreRange?: boolean;
}

export interface RequestLog {
  readonly path: string;
  readonly range: string | undefined;
  readonly ifRange: string | undefined;
  readonly ifNoneMatch: string | undefined;
  readonly status: number;
}

/**
 * A feed server on 127.0.0.1 (random port) for download tests: serves files with ETag and GCS
 * hashes, honours Range / If-Range / If-None-Match, and can cut a transfer after some bytes.
 */
export interface FeedServer {
  readonly url: string;
  readonly requests: RequestLog[];
  serve(path: string, served: Served): void;
  /** Answers `path` with a handler of the test's own (NVD pages). */
  route(path: string, handler: (request: IncomingMessage, response: ServerResponse) => void): void;
  /** The next transfer of `path` stops after `bytes` bytes of body (the socket is destroyed). */
  cutNext(path: string, bytes: number): void;
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const files = new Map<string, Served>();
  const routes = new Map<string, (request: IncomingMessage, response: ServerResponse) => void>();
  const cuts = new Map<string, number>();
  const requests: RequestLog[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const header = (name: string) => request.headers[name] as string | undefined;
    const log = (status: number) =>
      requests.push({
        path,
        range: header('range'),
        ifRange: header('if-range'),
        ifNoneMatch: header('if-none-match'),
        status,
      });
    const route = routes.get(path);
    if (route !== undefined) {
      log(200);
      route(request, response);
      return;
    }
    const served = files.get(path);
    if (served === undefined) {
      log(404);
      response.writeHead(404).end('not found');
      return;
    }
    const { body } = served;
    const headers: Record<string, string> = {};
    if (served.etag !== undefined) headers.etag = served.etag;
    if (served.googHash === 'computed') headers['x-goog-hash'] = googHashOf(body);
    else if (served.googHash !== undefined) headers['x-goog-hash'] = served.googHash;
    if (served.etag !== undefined && header('if-none-match') === served.etag) {
      log(304);
      response.writeHead(304, headers).end();
      return;
    }
    const range = /^bytes=(\d+)-$/.exec(header('range') ?? '');
    const rangeApplies =
      range !== null &&
      served.ignoreRange !== true &&
      (header('if-range') ?? served.etag) === served.etag;
    let status = 200;
    let slice = body;
    if (rangeApplies) {
      const start = Number(range[1]);
      if (start >= body.length) {
        log(416);
        response.writeHead(416, { 'content-range': `bytes */${String(body.length)}` }).end();
        return;
      }
      status = 206;
      slice = body.subarray(start);
      headers['content-range'] =
        `bytes ${String(start)}-${String(body.length - 1)}/${String(body.length)}`;
    }
    log(status);
    response.writeHead(status, { ...headers, 'content-length': String(slice.length) });
    const cut = cuts.get(path);
    if (cut === undefined) {
      response.end(slice);
      return;
    }
    cuts.delete(path);
    response.write(slice.subarray(0, cut), () => {
      // Long enough for the client to take the chunk: an errored web stream drops what it queued.
      setTimeout(() => {
        response.socket?.destroy();
      }, 150);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    requests,
    serve: (path, served) => {
      files.set(path, served);
    },
    route: (path, handler) => {
      routes.set(path, handler);
    },
    cutNext: (path, bytes) => {
      cuts.set(path, bytes);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}

/** `crc32c=…,md5=…` of a body, base64, as Google Cloud Storage writes it. */
export function googHashOf(body: Buffer): string {
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(CRC32C.buf(body) >>> 0);
  return `crc32c=${crc.toString('base64')},md5=${createHash('md5').update(body).digest('base64')}`;
}
