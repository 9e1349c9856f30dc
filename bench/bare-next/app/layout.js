// The reference for performance: the smallest Next.js App Router page, built and
// measured with the same Next.js, machine and Lighthouse settings as the site.
export const metadata = {
  title: 'Bare Next.js page',
  description: 'Reference page for benchmarks.',
};

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
