import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SourceDetails } from '@/components/sources/source-details';
import { formatCount, nouns } from '@/lib/format/count';
import { passageKindLabels } from '@/lib/format/passage-kind';
import { briefing } from '@/lib/model/current';
import { pageMetadata } from '@/lib/page-metadata';
import { sourceDetail } from '@/lib/source-listing';

/** One article: its record, every figure and event it gives, and every other passage, with why. */
export const dynamicParams = false;

export function generateStaticParams() {
  return briefing.sources.map((source) => ({ id: source.id }));
}

type Props = { params: Promise<{ id: string }> };

const find = (id: string) => briefing.sources.find((source) => source.id === id);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = find((await params).id);
  if (!source) return {};
  return pageMetadata({
    path: `/sources/${source.id}`,
    title: source.title,
    description: `What “${source.title}” gives this briefing: its figures, its events and every other passage, with the reason each is not an event.`,
  });
}

export default async function SourcePage({ params }: Props) {
  const source = find((await params).id);
  if (!source) notFound();
  const { figures, events, background } = sourceDetail(briefing, source.id);
  return (
    <article className="source-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <a href="/sources">Sources</a> › <span aria-current="page">{source.title}</span>
      </nav>
      <SourceDetails source={source} heading="h1" />
      <section aria-labelledby="figures">
        <h2 id="figures">Figures ({formatCount(figures.length, nouns.figure)})</h2>
        <ul>
          {figures.map((figure) => (
            <li key={figure.id}>
              <a href={figure.href}>{figure.text}</a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="events">
        <h2 id="events">Events ({formatCount(events.length, nouns.event)})</h2>
        <ul>
          {events.map((event) => (
            <li key={event.id}>
              <a href={event.href}>{event.text}</a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="background">
        <h2 id="background">
          What else it says ({formatCount(background.length, nouns.passage)}), and why each is not
          an event
        </h2>
        <ul className="quote-list">
          {background.map((passage) => (
            <li key={passage.id} id={`passage-${passage.id}`}>
              <span className="qualifier">{passageKindLabels[passage.kind]}</span> {passage.why}
              <blockquote>“{passage.quote}”</blockquote>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
