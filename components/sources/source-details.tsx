import type { Source } from '@/lib/data/schema';
import { formatIsoDay } from '@/lib/format/date';

const NOT_GIVEN = 'not given';

/** A source as a record: title, publisher, author, date and URL, each "not given" when the article omits it. */
export function SourceDetails({
  source,
  heading: Heading,
  headingId,
}: {
  source: Source;
  heading: 'h1' | 'h2' | 'h3';
  headingId?: string;
}) {
  return (
    <>
      <Heading id={headingId}>{source.title}</Heading>
      <dl className="source-record">
        <dt>Publisher</dt>
        <dd>
          {source.publisher ?? NOT_GIVEN}
          {source.publisherEvidence && (
            <span className="muted"> (the page reads “{source.publisherEvidence}”)</span>
          )}
        </dd>
        <dt>Author</dt>
        <dd>{source.author ?? NOT_GIVEN}</dd>
        <dt>Published</dt>
        <dd>
          <time dateTime={source.publishedOn}>{formatIsoDay(source.publishedOn)}</time>
          <span className="muted"> (printed “{source.publishedAsPrinted}”)</span>
        </dd>
        <dt>URL</dt>
        <dd>
          {source.url ? (
            <a href={source.url} rel="noopener noreferrer">
              {source.url}
            </a>
          ) : (
            `${NOT_GIVEN}: the article does not print its address`
          )}
        </dd>
      </dl>
    </>
  );
}
