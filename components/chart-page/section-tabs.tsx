'use client';

import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { updateSearch, useLocationSearch } from '../data-table/use-location-search';

export interface Section {
  id: string;
  label: string;
  content: ReactNode;
}

/**
 * Chart, Table, Sources, Download and Embed as tabs (WAI-ARIA Authoring
 * Practices, Tabs with automatic activation). The open tab is in the URL
 * (?tab=table); an unknown value opens the first. Without JavaScript every
 * section is shown one after another (the <noscript> style below).
 */
export function SectionTabs({ sections, label }: { sections: Section[]; label: string }) {
  const search = useLocationSearch();
  const requested = new URLSearchParams(search).get('tab');
  const current = sections.find((s) => s.id === requested)?.id ?? sections[0]?.id;
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);

  const open = (id: string, focus = false) => {
    updateSearch({ tab: id === sections[0]?.id ? null : id }, 'push');
    if (focus) tabs.current[sections.findIndex((s) => s.id === id)]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const last = sections.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    const section = sections[next];
    if (section) open(section.id, true);
  };

  return (
    <div className="section-tabs">
      <noscript>
        <style>
          {
            '.section-tabs [role=tabpanel][hidden]{display:block}.section-tabs [role=tablist]{display:none}'
          }
        </style>
      </noscript>
      <div role="tablist" aria-label={label}>
        {sections.map((section, index) => (
          <button
            key={section.id}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`tab-${section.id}`}
            aria-selected={section.id === current}
            aria-controls={`panel-${section.id}`}
            tabIndex={section.id === current ? 0 : -1}
            onClick={() => open(section.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
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
          hidden={section.id !== current}
          tabIndex={0}
        >
          <h2 className="tab-panel-heading">{section.label}</h2>
          {section.content}
        </section>
      ))}
    </div>
  );
}
