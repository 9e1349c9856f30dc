import type { ReactElement } from 'react';
import { installDom } from './dom';

/**
 * Far more turns than a chart takes to settle (two, for every chart of today's data, the
 * fixture's and the ×10 data); past them the bake fails.
 */
const MAX_TURNS = 50;

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Renders a recharts chart in jsdom and returns the markup of its <svg>.
 *
 * recharts lays out in effects and store updates after the first render, so the chart is read
 * once it has settled: the same markup on two turns of the event loop in a row. (React's act()
 * would wait for the same, but exists only in React's development build, which drew the same
 * bytes more slowly: docs/performance.md.)
 */
export async function renderChartSvg(element: ReactElement): Promise<string> {
  installDom();
  const { flushSync } = await import('react-dom');
  const { createRoot } = await import('react-dom/client');
  const container = document.createElement('div');
  document.body.appendChild(container);
  const root = createRoot(container);
  flushSync(() => root.render(element));
  let markup: string | undefined;
  for (let turn = 0; ; turn += 1) {
    if (turn === MAX_TURNS) throw new Error(`the chart did not settle in ${MAX_TURNS} turns`);
    await nextTurn();
    const now = container.querySelector('svg')?.outerHTML;
    if (now !== undefined && now === markup) break;
    markup = now;
  }
  flushSync(() => root.unmount());
  container.remove();
  return markup;
}
