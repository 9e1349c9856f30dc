import type { MarkProvenance } from '@/lib/charts/types';

/** The text of a mark's SVG <title>: a native tooltip even before the live chart loads. */
export function markTitle(first: string, provenance: MarkProvenance): string {
  return [
    first,
    provenance.heading,
    provenance.derivationLine,
    provenance.quote ? `“${provenance.quote}”` : null,
    provenance.quoteTranslation,
    provenance.creditLine,
  ]
    .filter(Boolean)
    .join('\n');
}
