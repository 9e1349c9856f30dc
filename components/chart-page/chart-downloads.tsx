import { chartFiles } from '@/lib/downloads/files';
import type { Locale } from '@/lib/i18n/locales';

/** Every file of a chart: the image as drawn (in the page's language), and its data. */
export function ChartDownloads({ slug, locale }: { slug: string; locale: Locale }) {
  return (
    <ul className="download-list">
      {chartFiles(slug, locale).map((file) => (
        <li key={file.href}>
          <a href={file.href} download>
            {file.label}
          </a>{' '}
          <span className="muted">{file.description}</span>
        </li>
      ))}
    </ul>
  );
}
