import type { Metadata } from 'next';
import { correctedEntries, newestFirst } from '@/lib/corrections';
import { feedPath } from '@/lib/feed';
import { formatIsoDay } from '@/lib/format/date';
import { translator } from '@/lib/i18n/messages';
import { pageLocale, type LocaleParams } from '@/lib/i18n/page-locale';
import { briefing } from '@/lib/model/current';
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

export default async function CorrectionsPage({ params }: Props) {
  const locale = await pageLocale(params);
  const t = translator(locale, 'Corrections');
  const words = briefing.words(locale);
  const corrections = newestFirst(briefing);
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lede">
        {t.rich('lede', {
          count: corrections.length,
          feed: (chunks) => <a href={feedPath(locale)}>{chunks}</a>,
          csv: (chunks) => <a href="/data/corrections.csv">{chunks}</a>,
        })}
      </p>
      <ol className="corrections" reversed>
        {corrections.map((correction) => {
          const { change, why } = words.correction(correction.id);
          return (
            <li key={correction.id} id={`correction-${correction.id}`}>
              <h2>
                <time dateTime={correction.date}>{formatIsoDay(correction.date, locale)}</time>
              </h2>
              <p>{change}</p>
              <p className="muted">{t('why', { why })}</p>
              <ul>
                {correctedEntries(briefing, correction, locale).map((entry) => (
                  <li key={`${entry.kind}-${entry.href}`}>
                    {t.rich('entry', {
                      kind: entry.kind,
                      text: entry.text,
                      link: (chunks) => <a href={entry.href}>{chunks}</a>,
                    })}
                  </li>
                ))}
              </ul>
              {correction.renamed.length > 0 && (
                <p className="muted">
                  {t.rich('renamed', {
                    renames: correction.renamed
                      .map((rename) => `${rename.from} → ${rename.to}`)
                      .join('; '),
                    code: (chunks) => <code>{chunks}</code>,
                  })}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
