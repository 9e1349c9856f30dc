/**
 * The charts, in reading order. This list drives the chart routes
 * (generateStaticParams), the sitemap, the baked SVGs and the downloads:
 * a chart exists exactly when its slug is here.
 */
export const chartSlugs = [
  'work-permits',
  'remittances',
  'recruits',
  'rooppur',
  'migrant-workforce',
  'timeline',
] as const;
export type ChartSlug = (typeof chartSlugs)[number];

export function isChartSlug(value: string): value is ChartSlug {
  return (chartSlugs as readonly string[]).includes(value);
}
