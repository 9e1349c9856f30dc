/**
 * Draws the chart images' PNGs with resvg on a thread of their own (lib/charts/bake/rasterize.ts),
 * so the bake goes on drawing SVGs and pages meanwhile. Plain JavaScript: a worker thread starts
 * without the TypeScript loader the bake runs under.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

const require = createRequire(import.meta.url);
await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
/** @type {{ fontFiles: string[], fontFamily: string }} */
const { fontFiles, fontFamily } = workerData;
const fontBuffers = fontFiles.map((file) => readFileSync(file));

parentPort?.on('message', (/** @type {{ id: number, svg: string, width: number }} */ job) => {
  try {
    const png = new Resvg(job.svg, {
      fitTo: { mode: 'width', value: job.width },
      font: { fontBuffers, defaultFontFamily: fontFamily, loadSystemFonts: false },
    })
      .render()
      .asPng();
    parentPort?.postMessage({ id: job.id, png }, [png.buffer]);
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: String(error) });
  }
});
