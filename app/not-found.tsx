import type { Metadata } from 'next';
import { translator } from '@/lib/i18n/messages';
import { DocumentShell } from '@/components/site/document-shell';
import { defaultLocale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/paths';
import { briefing } from '@/lib/model/current';
import { siteIcons } from '@/lib/site-icon';

// One page answers every unknown address, on every host: it is in the default language.
const locale = defaultLocale;

export function generateMetadata(): Metadata {
  const t = translator(locale, 'NotFound');
  const site = translator(locale, 'Site');
  return { title: `${t('title')} · ${site('name')}`, icons: siteIcons };
}

export default function NotFound() {
  const t = translator(locale, 'NotFound');
  return (
    <DocumentShell locale={locale} sourceCount={briefing.sources.length}>
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <a href={localePath('/', locale)}>{t('home')}</a>
      </p>
    </DocumentShell>
  );
}
