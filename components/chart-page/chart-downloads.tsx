import { chartFiles } from '@/lib/downloads/files';

/** Every file of a chart: the image as drawn, and its data. */
export function ChartDownloads({ slug }: { slug: string }) {
  return (
    <ul className="download-list">
      {chartFiles(slug).map((file) => (
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
