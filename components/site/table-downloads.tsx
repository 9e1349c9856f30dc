import { tableFiles } from '@/lib/downloads/files';
import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/messages';

/** The whole table's files, under a listing that shows one page of it. */
export function TableDownloads({ table, locale }: { table: string; locale: Locale }) {
  return (
    <p className="table-downloads">
      {translator(locale, 'Downloads')('wholeTable')}{' '}
      {tableFiles(table, locale).map((file, index) => (
        <span key={file.href}>
          {index > 0 && ' · '}
          <a href={file.href} download title={file.description}>
            {file.label}
          </a>
        </span>
      ))}
    </p>
  );
}
