import { chartFileParams, imageFormats, imageResponse } from '@/lib/http/chart-files';

/**
 * /images/<chart>.svg and .png: each chart as a standalone image, baked at
 * build time from the same chart definition as the pages. Prerendered. The
 * other languages' images are app/[locale]/images/[file].
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return chartFileParams(['en'], 'file', (slug) =>
    Object.keys(imageFormats).map((format) => `${slug}.${format}`),
  ).map(({ file }) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return imageResponse((await params).file, 'en');
}
