import type { ChartSlug } from './catalogue';

/** Id prefix of one baked panel: unique on any page, whatever else it shows. */
export const bakedPanelPrefix = (slug: ChartSlug, panelId: string, variant: string) =>
  `c-${slug}-${panelId}-${variant}`;
