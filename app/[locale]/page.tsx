import type { Metadata } from 'next';
import { briefingPreviewImage } from '@/lib/charts/preview-image';
import { briefingSince, briefingTitle } from '@/lib/briefing-title';
import { translator } from '@/lib/i18n/messages';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { briefing } from '@/lib/model/current';
import { pageMetadata } from '@/lib/page-metadata';
import { BakedPage } from '@/components/site/baked-page';

type Props = { params: Promise<LocaleParams> };

const articles = briefing.sources.length;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = translator(locale, 'Briefing');
  const title = briefingTitle(briefing, locale);
  return pageMetadata({
    path: '/',
    locale,
    title: { absolute: `${title} · ${translator(locale, 'Site')('name')}` },
    socialTitle: title,
    image: briefingPreviewImage(briefing, 'figures', locale),
    description: t('metaDescription', { since: briefingSince(briefing, locale), articles }),
  });
}

export default async function Home({ params }: Props) {
  return <BakedPage locale={await pageLocale(params)} address="/" />;
}
