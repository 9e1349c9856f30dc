'use client';

interface ColumnHeaderProps {
  label: string;
  sorted: false | 'asc' | 'desc';
  onSort: (() => void) | null;
}

const sortWords = { asc: 'ascending', desc: 'descending' } as const;

/**
 * A header cell whose sort control is a real button; `aria-sort` tells
 * assistive technology the current order (WAI-ARIA 1.2, aria-sort).
 */
export function ColumnHeader({ label, sorted, onSort }: ColumnHeaderProps) {
  return (
    <th scope="col" aria-sort={sorted ? sortWords[sorted] : 'none'}>
      {onSort ? (
        <button type="button" className="sort-button" onClick={onSort}>
          {label}
          <span className="sort-indicator" aria-hidden="true">
            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
          </span>
        </button>
      ) : (
        label
      )}
    </th>
  );
}
