import { existsSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { startServer, type Server } from './servers';

/** nginx as the tests find it: NGINX_PATH, or on the PATH, or Debian's /usr/sbin/nginx. */
export function findNginx(): string | null {
  if (process.env.NGINX_PATH)
    return existsSync(process.env.NGINX_PATH) ? process.env.NGINX_PATH : null;
  try {
    return execFileSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : null;
  }
}

/** Serves out/ as the static-export tests do (scripts/serve-export.sh). */
export function startExportServer(root: string, port: number): Promise<Server> {
  return startServer('bash', [path.join(root, 'scripts', 'serve-export.sh'), String(port)], port, {
    cwd: root,
  });
}
