import { briefing } from '@/lib/model/current';
import { dataFiles, spreadsheetFile, spreadsheetNames } from '@/lib/downloads/files';

/**
 * /data/claims.csv, /data/events.json, /data/claims.xlsx, /data/chart-<slug>.csv,
 * /data/datapackage.json…: every download, built at build time from data/.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [...dataFiles(briefing).keys(), ...spreadsheetNames(briefing)].map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const found = dataFiles(briefing).get(file) ?? (await spreadsheetFile(briefing, file));
  if (!found) return new Response('Not found', { status: 404 });
  return new Response(found.body, {
    headers: {
      'Content-Type': found.contentType,
      'Content-Disposition': `attachment; filename="bd-ru-${file}"`,
    },
  });
}
