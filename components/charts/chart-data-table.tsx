import type { ChartModel } from '@/lib/charts/types';
import type { Locale } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/messages';

/** A chart's data as a table: every figure it draws, with qualifier, date and source. */
export function ChartDataTable({ model, locale }: { model: ChartModel; locale: Locale }) {
  return (
    <div className="table-scroll">
      <table>
        <caption>{translator(locale, 'ChartFigure')('dataBehind', { title: model.title })}</caption>
        <thead>
          <tr>
            {model.table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.table.rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, index) => (
                <td key={index}>
                  {model.table.linkColumns.includes(index) ? <a href={row.href}>{cell}</a> : cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
