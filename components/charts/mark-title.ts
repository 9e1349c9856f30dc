import type { MarkProvenance } from '@/lib/charts/types';

/** The text of a mark's SVG <title>: a native tooltip even before the live chart loads. */
export function markTitle(first: string, provenance: MarkProvenance): string {
  return [
    first,
    provenance.heading,
    provenance.derivationText ? `Derived: ${provenance.derivationText}` : null,
    provenance.quote ? `“${provenance.quote}”` : null,
    provenance.creditLine,
  ]
    .filter(Boolean)
    .join('\n');
}
