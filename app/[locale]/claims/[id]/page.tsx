import type { Metadata } from 'next';
import { BakedPage } from '@/components/site/baked-page';
import { notFound, permanentRedirect } from 'next/navigation';
import { claimFigureText } from '@/lib/claims/claim-text';
import { claimHref } from '@/lib/links';
import { briefing } from '@/lib/model/current';
import { formatDateRef } from '@/lib/format/date-ref';
import { qualifierLabel } from '@/lib/format/qualifier';
import { translator } from '@/lib/i18n/messages';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { pageMetadata } from '@/lib/page-metadata';

export const dynamicParams = false;

/** Every claim, and every old id of a renamed claim (which redirects to the new one). */
export function generateStaticParams() {
  return [
    ...briefing.claims.map((claim) => ({ id: claim.id })),
    ...briefing.corrections
      .flatMap((correction) => correction.renamed)
      .filter((rename) => rename.kind === 'claim')
      .map((rename) => ({ id: rename.from })),
  ];
}

type Props = { params: Promise<LocaleParams & { id: string }> };

const findClaim = (id: string) => briefing.findClaim(id);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const claim = findClaim((await params).id);
  if (!claim) return {};
  const t = translator(locale, 'ClaimPage');
  const figure = claimFigureText(claim, locale);
  const label = briefing.words(locale).measureLabel(claim.measure);
  return pageMetadata({
    path: claimHref(claim.id),
    locale,
    title: t('metaTitle', { figure, label }),
    description:
      claim.qualifier === 'derived'
        ? t('derivedDescription', { label, figure, inputs: Object.keys(claim.inputs).length })
        : t('printedDescription', {
            label,
            figure,
            date: formatDateRef(claim.when, locale),
            qualifier: qualifierLabel(claim.qualifier, locale),
          }),
  });
}

export default async function ClaimPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { id } = await params;
  const moved = briefing.renamedClaim(id);
  if (moved) permanentRedirect(claimHref(moved, locale));
  const claim = findClaim(id);
  if (!claim) notFound();
  return <BakedPage locale={locale} address={claimHref(claim.id)} />;
}
