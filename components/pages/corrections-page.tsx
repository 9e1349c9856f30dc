import type { PageProps } from './page-props';
import { correctedEntries, newestFirst } from '@/lib/corrections';
import { feedPath } from '@/lib/feed';
import { formatIsoDay } from '@/lib/format/date';
import { translator } from '@/lib/i18n/messages';

/** /corrections: every correction, newest first, with what changed, why, and the entries it touched. */
export function CorrectionsPage({ briefing, locale }: PageProps) {
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
