import type { Metadata } from 'next';
import { BakedPage } from '@/components/site/baked-page';
import { translator } from '@/lib/i18n/messages';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { pageMetadata } from '@/lib/page-metadata';

type Props = { params: Promise<LocaleParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = translator(locale, 'Corrections');
  return pageMetadata({
    path: '/corrections',
    locale,
    title: t('title'),
    description: t('description'),
  });
}

export default async function Corrections({ params }: Props) {
  return <BakedPage locale={await pageLocale(params)} address="/corrections" />;
}
