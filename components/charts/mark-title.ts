import type { MarkProvenance } from '@/lib/charts/types';

/** The text of a mark's SVG <title>: a native tooltip even before the live chart loads. */
export function markTitle(first: string, provenance: MarkProvenance): string {
  return [
    first,
    provenance.heading,
    provenance.formulaText ? `Derived: ${provenance.formulaText}` : null,
    provenance.quote ? `“${provenance.quote}”` : null,
    `Source: ${provenance.sourceLine}`,
  ]
    .filter(Boolean)
    .join('\n');
}
