import type { Dataset } from '../data/dataset';
import { chartSlugs, type ChartSlug } from './catalogue';
import { buildChart } from './definitions';

/** Where a claim is shown: the charts that draw or note it, and the events that cite it. */
export function claimUsage(dataset: Dataset, claimId: string) {
  const charts = chartSlugs
    .map((slug) => buildChart(dataset, slug))
    .filter((chart) => chart.claimIds.includes(claimId))
    .map((chart) => ({ slug: chart.slug as ChartSlug, title: chart.title }));
  const events = dataset.events
    .filter((event) => event.claimIds.includes(claimId))
    .map((event) => ({ id: event.id, title: event.title }));
  const derived = dataset.claims
    .filter(
      (claim) => claim.qualifier === 'derived' && Object.values(claim.inputs).includes(claimId),
    )
    .map((claim) => ({ id: claim.id, label: claim.label }));
  return { charts, events, derived };
}
