import { createServer, type Server } from 'node:http';

/**
 * A second web server, on another port and so another origin, standing in
 * for a newsroom's site that embeds our charts or tries to frame our pages.
 */
export interface HostSite {
  origin: string;
  /** Serves `html` at `path` on the host origin. */
  page: (path: string, html: string) => string;
  close: () => Promise<void>;
}

/** Listens on a free port (each test worker has its own host site). */
export async function startHostSite(): Promise<HostSite> {
  const pages = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const html = pages.get(request.url ?? '');
    response.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('host site did not get a port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    page: (path, html) => {
      pages.set(path, html);
      return `${origin}${path}`;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
