/**
 * Serves the built preview (dist/addin) on http://localhost:PORT/preview.html — localhost only,
 * static files only. `npm run preview` builds first.
 */
import { createReadStream, existsSync, statSync } from 'fs';
import { createServer, Server } from 'http';
import { extname, join, normalize, resolve } from 'path';
import { cliBoth } from '../core';
import type { CliMessage } from '../core';

/** A line of the server's in both languages: it starts before any language is chosen. */
const both = (m: CliMessage) => {
  const { vi, en } = cliBoth(m);
  return `${vi} / ${en}`;
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.txt': 'text/plain; charset=utf-8',
};

export const BUILD_DIR = resolve(__dirname, '..', '..', 'addin');

/** Starts the server; resolves once it listens (port 0 picks a free one). */
export function servePreview(port: number, dir = BUILD_DIR): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(dir, path === '/' ? 'preview.html' : path));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(server));
  });
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? 3000);
  if (!existsSync(join(BUILD_DIR, 'preview.html'))) {
    console.error(both({ code: 'preview-not-built' }));
    process.exitCode = 2;
  } else
    servePreview(port).then(
      () => console.log(both({ code: 'preview-serving', port })),
      (e: NodeJS.ErrnoException) => {
        console.error(e.code === 'EADDRINUSE' ? both({ code: 'port-busy', port }) : String(e));
        process.exitCode = 2;
      },
    );
}
