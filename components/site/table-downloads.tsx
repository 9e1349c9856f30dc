import { tableFiles } from '@/lib/downloads/files';

/** The whole table's files, under a listing that shows one page of it. */
export function TableDownloads({ table }: { table: string }) {
  return (
    <p className="table-downloads">
      Whole table:{' '}
      {tableFiles(table).map((file, index) => (
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
