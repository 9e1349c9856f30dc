/**
 * Draws the chart images' PNGs with resvg on a thread of their own (lib/charts/bake/rasterize.ts),
 * so the bake goes on drawing SVGs and pages meanwhile. Plain JavaScript: a worker thread starts
 * without the TypeScript loader the bake runs under.
 */
import { parentPort, workerData } from 'node:worker_threads';
// resvg's native build: the same pixels and bytes as its WebAssembly build, drawn in half the time.
import { Resvg } from '@resvg/resvg-js';

/** @type {{ fontFiles: string[], fontFamily: string }} */
const { fontFiles, fontFamily } = workerData;

parentPort?.on('message', (/** @type {{ id: number, svg: string, width: number }} */ job) => {
  try {
    const png = new Resvg(job.svg, {
      fitTo: { mode: 'width', value: job.width },
      font: { fontFiles, defaultFontFamily: fontFamily, loadSystemFonts: false },
    })
      .render()
      .asPng();
    parentPort?.postMessage({ id: job.id, png }, [png.buffer]);
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: String(error) });
  }
});
