/**
 * Runs after `next build` (npm run build): rewrites every prerendered page `next start` serves
 * so that Next's scripts load after the first paint (lib/http/deferred-scripts.js). Next keeps
 * each page twice, in .next/server/app/ and in its route cache (.next/server/route-cache/), and
 * serves the second: both are rewritten, so server.mjs hashes the same inline scripts the
 * browser gets.
 */
import path from 'node:path';
import { deferScriptsIn } from '@/lib/http/defer-pages';

const SERVER = path.join('.next', 'server');

const rewritten = deferScriptsIn(SERVER);
if (rewritten === 0) {
  // A Next.js that names or places its pages differently would otherwise pass unnoticed.
  console.error(`finish-build: no page in ${SERVER}/ had Next's chunk scripts to defer.`);
  process.exit(1);
}
console.log(`finish-build: ${rewritten} pages load their scripts after their first paint.`);
