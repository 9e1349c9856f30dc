import { briefing } from '@/lib/model/current';
import { readBakedImage } from '@/lib/charts/baked-store';

/**
 * /images/<chart>.svg and .png: each chart as a standalone image, baked at
 * build time from the same chart definition as the pages. Prerendered.
 */
export const dynamic = 'force-static';
export const dynamicParams = false;

const formats = { svg: 'image/svg+xml', png: 'image/png' } as const;

export function generateStaticParams() {
  return briefing.charts.flatMap((chart) =>
    Object.keys(formats).map((format) => ({ file: `${chart.slug}.${format}` })),
  );
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const match = /^([a-z0-9-]+)\.(svg|png)$/.exec(file);
  const slug = match?.[1];
  const format = match?.[2] as keyof typeof formats | undefined;
  if (!slug || !format || !briefing.findChart(slug))
    return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(readBakedImage(slug, format)), {
    headers: {
      'Content-Type': formats[format],
      'Content-Disposition': `inline; filename="bd-ru-${slug}.${format}"`,
    },
  });
}
