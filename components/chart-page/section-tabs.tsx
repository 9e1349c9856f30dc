import type { ReactNode } from 'react';

export interface Section {
  id: string;
  label: string;
  content: ReactNode;
}

/**
 * Chart, Table, Sources, Download and Embed as tabs (WAI-ARIA Authoring
 * Practices, Tabs with automatic activation), drawn with the first open. The
 * page's script opens the tab the URL names (?tab=table) and follows clicks,
 * arrow keys, Back and Forward (components/islands/tabs.ts). Without
 * JavaScript every section is shown one after another (the <noscript> style).
 */
export function SectionTabs({ sections, label }: { sections: Section[]; label: string }) {
  const [first] = sections;
  return (
    <div className="section-tabs" data-tabs>
      <noscript>
        <style>
          {
            '.section-tabs [role=tabpanel][hidden]{display:block}.section-tabs [role=tablist]{display:none}'
          }
        </style>
      </noscript>
      <div role="tablist" aria-label={label}>
        {sections.map((section) => (
          <button
            key={section.id}
            type="button"
            role="tab"
            id={`tab-${section.id}`}
            aria-selected={section === first}
            aria-controls={`panel-${section.id}`}
            tabIndex={section === first ? 0 : -1}
          >
            {section.label}
          </button>
        ))}
      </div>
      {sections.map((section) => (
        <section
          key={section.id}
          role="tabpanel"
          id={`panel-${section.id}`}
          aria-labelledby={`tab-${section.id}`}
          hidden={section !== first}
          tabIndex={0}
        >
          <h2 className="tab-panel-heading">{section.label}</h2>
          {section.content}
        </section>
      ))}
    </div>
  );
}
