import type { Locale } from '@/lib/i18n/locales';
import type { Briefing } from '@/lib/model/briefing';

/** What every page body is drawn from: the briefing, in one language. */
export interface PageProps {
  briefing: Briefing;
  locale: Locale;
}

/** A numbered page of a listing: /events, /events/page/2, … */
export interface NumberedPageProps extends PageProps {
  page: number;
}
