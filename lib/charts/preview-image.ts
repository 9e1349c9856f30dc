import type { Locale } from '../i18n/locales';
import { chartImageHref } from '../downloads/file-names';
import type { Briefing } from '../model/briefing';
import { readBakedImageSize } from './baked-store';
import type { ChartModel } from './types';

/** A page's social preview: a chart's PNG, described as its chart is. Server only. */
export interface PreviewImage {
  path: string;
  alt: string;
  width: number;
  height: number;
}

export const chartPreviewImage = (model: ChartModel, locale: Locale): PreviewImage => ({
  path: chartImageHref(model.slug, 'png', locale),
  alt: model.description,
  ...readBakedImageSize(model.slug, locale),
});

/**
 * The preview for a page that is not one chart's: the first chart of a kind
 * in reading order (the timeline for the events, a figure chart elsewhere),
 * or none when the briefing has no such chart.
 */
export function briefingPreviewImage(
  briefing: Briefing,
  kind: 'figures' | 'timeline',
  locale: Locale,
): PreviewImage | undefined {
  const model = briefing
    .charts(locale)
    .find((chart) => (kind === 'timeline' ? chart.kind === 'timeline' : chart.kind !== 'timeline'));
  return model ? chartPreviewImage(model, locale) : undefined;
}
