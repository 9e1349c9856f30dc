/**
 * Writes deploy/nginx/security-headers-{site,embed,public-files}.conf and http.conf from
 * lib/security/headers.js. They are committed so the nginx config can be read
 * in the repo; lib/security/static-hosts.test.ts fails if they drift.
 */
import { writeFileSync } from 'node:fs';
import { nginxHeaders, nginxHttpContext } from '@/lib/security/static-hosts';

for (const which of ['site', 'embed', 'public-files'] as const) {
  writeFileSync(`deploy/nginx/security-headers-${which}.conf`, nginxHeaders(which));
}
writeFileSync('deploy/nginx/http.conf', nginxHttpContext());
console.log(
  'written: deploy/nginx/security-headers-{site,embed,public-files}.conf, deploy/nginx/http.conf',
);
