import type { Metadata } from 'next';
import { BakedPage } from '@/components/site/baked-page';
import { briefingPreviewImage } from '@/lib/charts/preview-image';
import { translator } from '@/lib/i18n/messages';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { briefing } from '@/lib/model/current';
import { pageMetadata } from '@/lib/page-metadata';

type Props = { params: Promise<LocaleParams> };

const articles = briefing.sources.length;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = translator(locale, 'Claims');
  return pageMetadata({
    path: '/claims',
    locale,
    title: t('title'),
    image: briefingPreviewImage(briefing, 'figures', locale),
    description: t('description', { articles }),
  });
}

export default async function Claims({ params }: Props) {
  return <BakedPage locale={await pageLocale(params)} address="/claims" />;
}
