import type { ReactNode } from 'react';

/**
 * Every page's document is its language's ([locale]/layout.tsx); this root
 * passes through, so that the not-found page, which answers any address,
 * can render a document of its own.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
