import type { ReactNode } from 'react';

/**
 * The box around one panel, shared by the baked and the live chart so the
 * two have the same structure and size.
 */
export function ChartPanelFrame({
  title,
  children,
}: {
  title: string | null;
  children: ReactNode;
}) {
  return (
    <div className="chart-panel">
      {title && <p className="chart-panel-title">{title}</p>}
      {children}
    </div>
  );
}
