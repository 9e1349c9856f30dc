import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: {
    default: 'Bangladesh–Russia briefing',
    template: '%s · Bangladesh–Russia briefing',
  },
  description:
    'Bangladesh–Russia relations since August 2024: every figure sourced to a verbatim quote, with events, charts and downloads.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>{children}</body>
    </html>
  );
}
