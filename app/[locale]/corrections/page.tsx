import type { Metadata } from 'next';
import { correctedEntries, newestFirst } from '@/lib/corrections';
import { formatCount, nouns } from '@/lib/format/count';
import { formatIsoDay } from '@/lib/format/date';
import { briefing } from '@/lib/model/current';
import { pageMetadata } from '@/lib/page-metadata';

export const metadata: Metadata = pageMetadata({
  path: '/corrections',
  title: 'Corrections',
  description:
    'Every correction to the briefing: when, what changed in which figures, events and charts, and why.',
});

export default function CorrectionsPage() {
  const corrections = newestFirst(briefing);
  return (
    <>
      <h1>Corrections</h1>
      <p className="lede">
        {formatCount(corrections.length, nouns.correction)}, newest first. Each corrected figure,
        event and chart says so wherever it is shown. New corrections are in the{' '}
        <a href="/feed.xml">feed</a>, and all of them in{' '}
        <a href="/data/corrections.csv">corrections.csv</a>.
      </p>
      <ol className="corrections" reversed>
        {corrections.map((correction) => (
          <li key={correction.id} id={`correction-${correction.id}`}>
            <h2>
              <time dateTime={correction.date}>{formatIsoDay(correction.date)}</time>
            </h2>
            <p>{correction.change}</p>
            <p className="muted">Why: {correction.why}</p>
            <ul>
              {correctedEntries(briefing, correction).map((entry) => (
                <li key={`${entry.kind}-${entry.href}`}>
                  {entry.kind}: <a href={entry.href}>{entry.text}</a>
                </li>
              ))}
            </ul>
            {correction.renamed.length > 0 && (
              <p className="muted">
                Old addresses still work:{' '}
                {correction.renamed.map((rename) => `${rename.from} → ${rename.to}`).join('; ')}
              </p>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
