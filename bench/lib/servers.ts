import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

export interface Server {
  url: string;
  stop: () => Promise<void>;
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null)
      throw new Error(`server for ${url} exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await sleep(200);
  }
  throw new Error(`server for ${url} did not answer within ${timeoutMs / 1000}s`);
}

/** Starts a command that serves HTTP on `port` and resolves once `path` answers 200. */
export async function startServer(
  command: string,
  args: string[],
  port: number,
  options: { cwd?: string; path?: string } = {},
): Promise<Server> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${url}${options.path ?? '/'}`, child);
  } catch (error) {
    child.kill('SIGTERM');
    throw new Error(`${(error as Error).message}\n${stderr.slice(-2000)}`);
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      // The whole process group: `npx next start` spawns the real server as a child.
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

/** The site as `npm start` serves it: server.mjs (Next's handler, each page's CSP hashes). */
export function startSite(directory: string, port: number): Promise<Server> {
  return startServer(
    process.execPath,
    ['server.mjs', '-p', String(port), '-H', '127.0.0.1'],
    port,
    { cwd: directory },
  );
}

/** A plain `next start`, for the bare reference page. */
export function startNext(directory: string, port: number): Promise<Server> {
  return startServer(
    process.execPath,
    [require_('next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
    port,
    {
      cwd: directory,
    },
  );
}

import { createRequire } from 'node:module';
const require_ = createRequire(import.meta.url).resolve;
