import type { LiveChartModel } from '@/lib/charts/types';
import { claim, fetchJson, onReach, renderLive } from './live-root';

/**
 * Each chart's canvas (components/charts/chart-canvas.tsx) shows the baked
 * panels until a reader points at it, touches it or tabs to it; then recharts
 * and the chart's live model load and the live chart takes over, drawn at the
 * same size, so nothing moves.
 */
export function enhanceCharts(root: ParentNode) {
  for (const canvas of root.querySelectorAll<HTMLElement>('[data-chart][data-live-model]')) {
    if (!claim(canvas, 'chart')) continue;
    // Focusable only now that it can do something: without JavaScript it would be a dead stop.
    canvas.tabIndex = 0;
    canvas.setAttribute('role', 'group');
    canvas.setAttribute('aria-label', canvas.dataset.interactiveLabel ?? '');
    onReach(canvas, () => {
      void Promise.all([
        import('@/components/charts/live-chart'),
        fetchJson<LiveChartModel>(canvas.dataset.liveModel ?? ''),
      ]).then(([{ LiveChart }, model]) => {
        canvas.removeAttribute('tabindex');
        canvas.removeAttribute('role');
        canvas.removeAttribute('aria-label');
        canvas.dataset.live = 'true';
        renderLive(canvas, LiveChart, { model });
      });
    });
  }
}
