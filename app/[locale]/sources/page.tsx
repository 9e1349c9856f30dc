import type { Metadata } from 'next';
import { BakedPage } from '@/components/site/baked-page';
import { translator } from '@/lib/i18n/messages';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { briefing } from '@/lib/model/current';
import { pageMetadata } from '@/lib/page-metadata';

type Props = { params: Promise<LocaleParams> };

const articles = briefing.sources.length;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = translator(locale, 'Sources');
  return pageMetadata({
    path: '/sources',
    locale,
    title: t('title'),
    description: t('description', { articles }),
  });
}

export default async function Sources({ params }: Props) {
  return <BakedPage locale={await pageLocale(params)} address="/sources" />;
}
