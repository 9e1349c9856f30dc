import { Worker } from 'node:worker_threads';
import { IMAGE_FONT_FAMILY, imageFontFiles } from './image-fonts';

export interface Rasterizer {
  /** Draws the SVG as a PNG `width` pixels wide, in the chart images' fonts, and hands it to `done`. */
  draw(svg: string, width: number, done: (png: Uint8Array) => void): void;
  /** Resolves once every drawing is done and handed over; rejects with the first failure. */
  finish(): Promise<void>;
}

/**
 * A worker thread that draws PNGs (png-worker.mjs): resvg took about a third of the bake's main
 * thread, which now draws the SVGs and pages meanwhile. A worker that fails to start, or stops,
 * fails finish(): the bake never ends with images missing.
 */
export function startRasterizer(): Rasterizer {
  const worker = new Worker(new URL('./png-worker.mjs', import.meta.url), {
    workerData: { fontFiles: imageFontFiles, fontFamily: IMAGE_FONT_FAMILY },
  });
  const pending = new Map<number, (png: Uint8Array) => void>();
  let nextId = 0;
  let failure: Error | null = null;
  let finishing = false;
  let settle: (() => void) | null = null;

  const fail = (error: Error) => {
    failure ??= error;
    pending.clear();
    settle?.();
  };
  worker.on('message', (reply: { id: number; png?: Uint8Array; error?: string }) => {
    const done = pending.get(reply.id);
    pending.delete(reply.id);
    if (!reply.png) return fail(new Error(`resvg could not draw a PNG: ${reply.error}`));
    try {
      done?.(reply.png);
    } catch (error) {
      return fail(error as Error);
    }
    if (pending.size === 0) settle?.();
  });
  worker.on('error', fail);
  worker.on('exit', (code) => {
    if (!finishing) fail(new Error(`the PNG worker stopped (exit code ${code})`));
  });

  return {
    draw(svg, width, done) {
      if (failure) return;
      const id = nextId++;
      pending.set(id, done);
      worker.postMessage({ id, svg, width });
    },
    async finish() {
      if (pending.size > 0 && !failure) await new Promise<void>((resolve) => (settle = resolve));
      finishing = true;
      await worker.terminate();
      if (failure) throw failure;
    },
  };
}
