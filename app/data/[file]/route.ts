import { dataset } from '@/data';
import { dataFiles } from '@/lib/downloads/files';

/**
 * /data/claims.csv, /data/events.json, /data/chart-<slug>.csv,
 * /data/datapackage.json…: every download, built at build time from data/.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [...dataFiles(dataset).keys()].map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const found = dataFiles(dataset).get(file);
  if (!found) return new Response('Not found', { status: 404 });
  return new Response(found.body, {
    headers: {
      'Content-Type': found.contentType,
      'Content-Disposition': `attachment; filename="bd-ru-${file}"`,
    },
  });
}
