import type { ReactElement } from 'react';
import { installDom } from './dom';

/** Renders a recharts chart in jsdom and returns the markup of its <svg>. */
export async function renderChartSvg(element: ReactElement): Promise<string> {
  installDom();
  const { act } = await import('react');
  const { createRoot } = await import('react-dom/client');
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  await act(async () => {
    root.render(element);
  });
  const svg = container.querySelector('svg');
  if (!svg) throw new Error('the chart rendered no <svg>');
  const markup = svg.outerHTML;
  await act(async () => {
    root.unmount();
  });
  container.remove();
  return markup;
}
