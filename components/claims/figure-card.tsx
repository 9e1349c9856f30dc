import type { HeadlineFigure } from '@/lib/headlines';
import { SOURCE_LANGUAGE, type Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/messages';

/**
 * A headline figure: the number (linked to its claim), what it counts, its
 * qualifier, date, the source's own hedge where it gives one, and its credit.
 * Where sources differ, the card shows every value with its source.
 */
export function FigureCard({ figure, locale }: { figure: HeadlineFigure; locale: Locale }) {
  const differs = figure.agreement === 'differs';
  return (
    <li className={differs ? 'figure-card figure-card-differs' : 'figure-card'}>
      {figure.values.map((value) => (
        <div key={value.claimId} className="figure-card-value-block">
          <p className="figure-card-value">
            <a href={value.href}>{value.figureText}</a>
          </p>
          {differs && <p className="figure-card-meta">{value.creditLine}</p>}
        </div>
      ))}
      <p className="figure-card-label">{figure.label}</p>
      {differs && (
        <p className="figure-card-differs-note">
          {translator(locale, 'Briefing')('sourcesDiffer')}
        </p>
      )}
      {figure.values.slice(0, differs ? 0 : 1).map((value) => (
        <p key={value.claimId} className="figure-card-meta">
          <span className={`qualifier qualifier-${value.qualifier}`}>{value.qualifierLabel}</span> ·{' '}
          {value.dateText}
          {value.datePrinted && (
            <>
              {' '}
              (“<span lang={SOURCE_LANGUAGE}>{value.datePrinted}</span>”)
            </>
          )}
          {value.attribution ? ` · “${value.attribution}”` : ''} · {value.creditLine}
        </p>
      ))}
    </li>
  );
}
