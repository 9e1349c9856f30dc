import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bengaliWebFont } from '@/lib/site-css';

/** /fonts/noto-sans-bengali.woff2: the web font Bangla pages fall back on (lib/site-css.ts). Prerendered. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [{ file: bengaliWebFont.file }];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  if ((await params).file !== bengaliWebFont.file)
    return new Response('Not found', { status: 404 });
  return new Response(
    // Read once, when the build prerenders this route, so no server needs the file traced for it;
    // without the comment Turbopack traces the whole project into the server build (its warning).
    new Uint8Array(
      readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), bengaliWebFont.source)),
    ),
    {
      headers: { 'Content-Type': 'font/woff2' },
    },
  );
}
