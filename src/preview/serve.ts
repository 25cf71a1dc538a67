/**
 * Serves the built preview (dist/addin) on http://localhost:PORT/preview.html — localhost only,
 * static files only. `npm run preview` builds first.
 */
import { createReadStream, existsSync, statSync } from 'fs';
import { createServer, Server } from 'http';
import { extname, join, normalize, resolve } from 'path';

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
    console.error('Chưa có bản dựng xem trước / the preview is not built: npm run preview');
    process.exitCode = 2;
  } else
    servePreview(port).then(
      () => console.log(`Xem trước / preview: http://localhost:${port}/preview.html  (Ctrl+C để dừng / to stop)`),
      (e: NodeJS.ErrnoException) => {
        console.error(e.code === 'EADDRINUSE' ? `Cổng ${port} đang bận; đặt PORT=… / port ${port} is taken; set PORT=…` : String(e));
        process.exitCode = 2;
      },
    );
}
