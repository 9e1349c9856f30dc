import type { Metadata } from 'next';
import { briefingTitle } from '@/lib/briefing-title';
import { translator } from '@/lib/i18n/messages';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { briefing } from '@/lib/model/current';
import { pageMetadata } from '@/lib/page-metadata';
import { BakedPage } from '@/components/site/baked-page';

type Props = { params: Promise<LocaleParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = translator(locale, 'ChartsIndex');
  return pageMetadata({
    path: '/charts',
    locale,
    title: t('title'),
    description: t('description', { title: briefingTitle(briefing, locale) }),
  });
}

export default async function ChartsIndex({ params }: Props) {
  return <BakedPage locale={await pageLocale(params)} address="/charts" />;
}
