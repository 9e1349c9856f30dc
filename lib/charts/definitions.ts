import type { Dataset } from '../data/dataset';
import { CHANGE_OF_GOVERNMENT_EVENT_ID } from '../briefing';
import { formatDateRef } from '../format/date';
import { buildBarChart } from './bars/bar-state';
import type { ChartSlug } from './catalogue';
import { attributionOf, claimById, claimFigureText, statedOnOf } from './provenance';
import { buildTimeline } from './timeline/timeline-state';
import type { ChartModel } from './types';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * What each chart shows: which claims, under which labels and titles. Titles
 * and labels are words; every number in them is read from the claims and
 * formatted, never typed here.
 */
const builders: Record<ChartSlug, (dataset: Dataset) => ChartModel> = {
  'work-permits': (dataset) => {
    const permits = claimById(dataset, 'work-permits-2024');
    const earlier = claimById(dataset, 'work-permits-2023');
    const growth = claimById(dataset, 'work-permits-growth-2024');
    return buildBarChart(dataset, {
      slug: 'work-permits',
      title: 'Russian work permits for Bangladeshi citizens',
      subtitle: `Russia issued ${claimFigureText(permits)} work permits to Bangladeshi citizens in ${formatDateRef(permits.when)}, a ${claimFigureText(growth)} year-on-year increase. The ${formatDateRef(earlier.when)} number is not printed: it is calculated from those figures.`,
      panels: [
        {
          id: 'permits',
          title: null,
          bars: [
            { claimId: earlier.id, label: formatDateRef(earlier.when) },
            {
              claimId: permits.id,
              label: formatDateRef(permits.when),
              annotation: `up ${claimFigureText(growth)}`,
            },
          ],
        },
      ],
      noteClaimIds: [growth.id],
    });
  },

  remittances: (dataset) => {
    const remittances = claimById(dataset, 'remittances-2025');
    const abroad = claimById(dataset, 'bangladeshi-workers-abroad');
    return buildBarChart(dataset, {
      slug: 'remittances',
      title: 'Remittances and Bangladeshi workers abroad',
      subtitle: `Bangladesh received a record ${claimFigureText(remittances)} in remittances in ${formatDateRef(remittances.when)}. ${capitalise(abroad.when.asPrinted ?? '')}, ${claimFigureText(abroad)} Bangladeshi migrant workers are abroad, concentrated in the Arab Gulf states.`,
      panels: [
        {
          id: 'remittances',
          title: `${remittances.label}, ${formatDateRef(remittances.when)} (US dollars)`,
          bars: [{ claimId: remittances.id, label: formatDateRef(remittances.when) }],
        },
        {
          id: 'workers-abroad',
          title: `${abroad.label}, at present (people)`,
          bars: [{ claimId: abroad.id, label: 'Workers abroad' }],
        },
      ],
    });
  },

  recruits: (dataset) => {
    const recruited = claimById(dataset, 'bangladeshis-recruited-by-russian-military');
    const killed = claimById(dataset, 'bangladeshi-recruits-killed');
    return buildBarChart(dataset, {
      slug: 'recruits',
      title: 'Bangladeshis recruited by Russia’s military',
      // The source's own hedge leads, as it does in the article.
      subtitle: `${attributionOf(recruited) ?? ''}, ${claimFigureText(recruited)} Bangladeshi citizens have so far been recruited by the Russian military to fight against Ukraine, and ${claimFigureText(killed)} have been killed.`,
      panels: [
        {
          id: 'recruits',
          title: null,
          bars: [
            { claimId: recruited.id, label: 'Recruited' },
            { claimId: killed.id, label: 'Killed' },
          ],
        },
      ],
    });
  },

  rooppur: (dataset) => {
    const power = claimById(dataset, 'rooppur-power-to-grid');
    return buildBarChart(dataset, {
      slug: 'rooppur',
      title: 'Power from the Rooppur nuclear plant',
      // The date is the declaration's; the article gives none for the addition itself.
      subtitle: `On ${formatDateRef(statedOnOf(power) ?? power.when)}, Bangladeshi Adviser for Finance and Science and Technology Salehuddin Ahmed declared that ${claimFigureText(power)} of electricity produced at the Russian-financed plant would be added to the national grid. The article does not say when.`,
      panels: [
        {
          id: 'rooppur',
          title: null,
          bars: [{ claimId: power.id, label: 'To be added to the grid' }],
        },
      ],
    });
  },

  'migrant-workforce': (dataset) => {
    const all = claimById(dataset, 'russia-migrant-workers');
    const centralAsia = claimById(dataset, 'russia-migrant-workers-central-asia');
    const share = claimById(dataset, 'russia-migrant-workers-central-asia-share');
    return buildBarChart(dataset, {
      slug: 'migrant-workforce',
      title: 'Russia’s migrant workforce',
      subtitle: `Russia currently hosts ${claimFigureText(all)} migrant workers, ${claimFigureText(centralAsia)} of them from Central Asian states: ${claimFigureText(share)}, by the briefing’s calculation. Facing a shortage of workers, Russia has started recruiting migrant workers from other states.`,
      panels: [
        {
          id: 'migrants',
          title: null,
          bars: [
            { claimId: all.id, label: 'All migrant workers' },
            { claimId: centralAsia.id, label: 'From Central Asian states' },
          ],
        },
      ],
      noteClaimIds: [share.id],
    });
  },

  timeline: (dataset) =>
    buildTimeline(dataset, {
      slug: 'timeline',
      title: 'Dated events in Bangladesh–Russia relations',
      markerEventId: CHANGE_OF_GOVERNMENT_EVENT_ID,
    }),
};

export function buildChart(dataset: Dataset, slug: ChartSlug): ChartModel {
  return builders[slug](dataset);
}
