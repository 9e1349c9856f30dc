'use client';

import { useState } from 'react';
import { bakedPageFile } from '@/lib/baked-pages';
import type { Locale } from '@/lib/i18n/locales';

/**
 * A page's content as `npm run briefing` drew it (components/pages/): read
 * only while rendering on the server, so the markup is in the HTML once and
 * not repeated in the page's React payload, which would double the page's
 * weight; in the browser React leaves it as it is (an element with
 * dangerouslySetInnerHTML is not re-rendered on hydration), and
 * components/islands/ make its charts, tables, tabs and buttons interactive.
 * Next replaces `typeof window` at compile time, so the reading is in no
 * browser bundle; Node's built-in fs is reached without an import
 * (process.getBuiltinModule, Node 20.16+), for the same reason.
 */
export function BakedPage({ locale, address }: { locale: Locale; address: string }) {
  // In the browser, the markup the server sent, read once: should React ever render this again
  // (hydration does not), it keeps the page's content rather than emptying it.
  const [html] = useState(() =>
    typeof window === 'undefined'
      ? readBakedPage(locale, address)
      : (document.getElementById(BAKED_PAGE_ID)?.innerHTML ?? ''),
  );
  return (
    <div id={BAKED_PAGE_ID} className="page-body" dangerouslySetInnerHTML={{ __html: html }} />
  );
}

const BAKED_PAGE_ID = 'page-body';

function readBakedPage(locale: Locale, address: string): string {
  const fs = process.getBuiltinModule('node:fs');
  const file = `${process.cwd()}/generated/${bakedPageFile(locale, address)}`;
  if (!fs.existsSync(file)) {
    throw new Error(
      `generated/${bakedPageFile(locale, address)} is missing: run "npm run briefing"`,
    );
  }
  return fs.readFileSync(file, 'utf8');
}
