import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { TIME_ZONE } from '../format/locale';
import { messages } from './messages';
import { routing } from './routing';

/**
 * next-intl's per-request configuration, for client components under
 * NextIntlClientProvider: the route's language and its messages. Server code
 * takes its translator from messages.ts, which also works outside Next.
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, timeZone: TIME_ZONE, messages: messages[locale] };
});
