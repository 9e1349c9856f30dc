import type { ChartSlug } from '../charts/catalogue';

/**
 * The files offered for a chart. One list, so the Download section, the
 * sitemap of files and the tests agree on what exists.
 */
export interface DownloadFile {
  href: string;
  label: string;
  description: string;
}

export const chartImageHref = (slug: ChartSlug, format: 'svg' | 'png') =>
  `/images/${slug}.${format}`;

export function chartFiles(slug: ChartSlug): DownloadFile[] {
  return [
    {
      href: chartImageHref(slug, 'png'),
      label: 'PNG image',
      description: 'the chart with its title, notes and source line, at twice screen resolution',
    },
    {
      href: chartImageHref(slug, 'svg'),
      label: 'SVG image',
      description: 'the same, as a vector file for print and graphics software',
    },
  ];
}
