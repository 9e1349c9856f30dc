import { Worker } from 'node:worker_threads';
import { IMAGE_FONT_FAMILY, imageFontFiles } from './image-fonts';

export interface Rasterizer {
  /** The SVG drawn as a PNG `width` pixels wide, in the chart images' fonts. */
  png(svg: string, width: number): Promise<Uint8Array>;
  /** Waits for nothing more: call once every png() has settled. */
  close(): Promise<void>;
}

/**
 * A worker thread that draws PNGs (png-worker.mjs): resvg takes about a third of the bake's time,
 * which the bake's main thread spends drawing the SVGs and pages instead.
 */
export function startRasterizer(): Rasterizer {
  const worker = new Worker(new URL('./png-worker.mjs', import.meta.url), {
    workerData: { fontFiles: imageFontFiles, fontFamily: IMAGE_FONT_FAMILY },
  });
  const pending = new Map<number, { resolve(png: Uint8Array): void; reject(error: Error): void }>();
  let nextId = 0;
  const failAll = (error: Error) => {
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };
  worker.on('message', (reply: { id: number; png?: Uint8Array; error?: string }) => {
    const job = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.png) job?.resolve(reply.png);
    else job?.reject(new Error(`resvg could not draw a PNG: ${reply.error}`));
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`the PNG worker stopped (exit code ${code})`)));
  return {
    png: (svg, width) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, svg, width });
      }),
    close: async () => {
      await worker.terminate();
    },
  };
}
