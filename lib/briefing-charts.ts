import { defaultLocale, type Locale } from './i18n/locales';
import type { Briefing } from './model/briefing';

/**
 * The briefing page's charts: the charts of figures in its grid, and the events' timelines as
 * links under the latest events, whose events they draw. The page's first response stays
 * within one round trip (e2e/budgets.spec.ts) however the timeline grows.
 */
export function briefingCharts(briefing: Briefing, locale: Locale = defaultLocale) {
  const charts = briefing.charts(locale);
  return {
    grid: charts.filter((chart) => chart.kind !== 'timeline'),
    timelines: charts.filter((chart) => chart.kind === 'timeline'),
  };
}
