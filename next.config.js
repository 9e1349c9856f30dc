import { existsSync, readdirSync } from 'node:fs';
import { nextHeaders } from './lib/security/headers.js';

/**
 * One site, two ways to serve it: `next start` (npm run build), or any static
 * host or CDN from out/ (npm run export, which sets NEXT_OUTPUT=export). Static
 * hosts set the same headers from out/_headers or the nginx config in deploy/.
 * An export build still writes its build files into .next: scripts/export.sh
 * sets the `next start` build aside meanwhile.
 */
const exporting = process.env.NEXT_OUTPUT === 'export';
// The end-to-end fixture exports to a folder of its own (scripts/test-builds.sh).
const exportDir = process.env.EXPORT_DIR ?? 'out';
// The charts' embeds, as `npm run briefing` baked them before this build: only these may be framed.
// (Every language has the same charts: the default language's folder names them.)
const embedSlugs = existsSync('generated/embeds/en')
  ? readdirSync('generated/embeds/en').map((file) => file.replace(/\.html$/, ''))
  : [];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The test command type-checks once (npm run typecheck) before its four builds; each build
  // would check the same code again. A build on its own still checks.
  typescript: { ignoreBuildErrors: process.env.BUILD_TYPECHECKED === '1' },
  poweredByHeader: false,
  // This folder is the project, wherever it sits: the test command builds in a copy of it inside
  // itself (scripts/test-builds.sh), where Next would otherwise take the outer lockfile's folder.
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
  // server.mjs compresses, with Brotli where the browser takes it: Next's own compression is
  // gzip only, and a gzipped home page needed a second round trip (e2e/budgets.spec.ts).
  compress: false,
  experimental: {
    // Turbopack writes a cache of each build into .next/cache for the next build of the same code
    // (on by default in Next 16.4), ~6 core-seconds a build. The test command's builds never start
    // from theirs (the exports' .next and the copy are thrown away; CI starts from a fresh clone),
    // so scripts/test-builds.sh turns it off.
    turbopackFileSystemCacheForBuild: process.env.BUILD_CACHE !== '0',
  },
  ...(exporting
    ? { output: 'export', distDir: exportDir }
    : {
        // Security headers for every route, from the module the static hosts' files are written from.
        async headers() {
          return nextHeaders(embedSlugs);
        },
      }),
};

export default nextConfig;
