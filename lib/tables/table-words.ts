import type { Locale } from '../i18n/locales';
import { translator } from '../i18n/messages';
import { SLOT } from './slot';

export type TableNoun = 'events' | 'claims';

/**
 * A table's words in the page's language, written on the server and passed
 * to the table as a prop: `showing` and `showMore` hold SLOT where the browser
 * puts a number only it knows.
 */
export interface TableWords {
  locale: Locale;
  columns: Record<string, string>;
  sortable: string;
  filter: string;
  topic: string;
  allTopics: string;
  search: string;
  placeholder: string;
  showAll: string;
  downloadCsv: string;
  downloadXlsx: string;
  showing: string;
  loading: string;
  loadFailed: string;
  noMatch: string;
  showMore: string;
  pages: string;
  /** "Actors: {n}", the slot for the row's actors. */
  actors: string;
}

export function tableWords(locale: Locale, noun: TableNoun, total: number): TableWords {
  const t = translator(locale, 'Table');
  const c = translator(locale, 'Columns');
  const columns: Record<string, string> =
    noun === 'events'
      ? { date: c('date'), title: c('event'), topic: c('topic'), sources: c('sources') }
      : {
          figure: c('figure'),
          value: c('value'),
          qualifier: c('qualifier'),
          date: c('refersTo'),
          topic: c('topic'),
          source: c('source'),
        };
  return {
    locale,
    columns,
    sortable: t('sortable'),
    filter: t('filter', { noun }),
    topic: t('topic'),
    allTopics: t('allTopics'),
    search: t('search'),
    placeholder: t('placeholder', { noun }),
    showAll: t('showAll'),
    downloadCsv: t('downloadCsv'),
    downloadXlsx: t('downloadXlsx'),
    showing: t('showing', { noun, shown: SLOT, total }),
    loading: t('loading', { noun, total }),
    loadFailed: t('loadFailed', { noun }),
    noMatch: t('noMatch', { noun, total }),
    showMore: t('showMore', { count: SLOT }),
    pages: t('pages', { noun }),
    actors: t('actors', { actors: SLOT }),
  };
}
