import { describe, expect, it } from 'vitest';
import { startRasterizer } from './rasterize';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const svg = (width: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="10"><text y="8">Аб অ</text></svg>`;

describe('the PNG worker', () => {
  it('hands over every PNG, at the width asked for, before finish() resolves', async () => {
    const rasterizer = startRasterizer();
    const drawn: Uint8Array[] = [];
    for (const width of [20, 40, 60])
      rasterizer.draw(svg(width), width * 2, (png) => drawn.push(png));
    await rasterizer.finish();
    expect(drawn).toHaveLength(3);
    for (const [index, png] of drawn.entries()) {
      expect([...png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
      // The IHDR chunk's width, big-endian, at byte 16.
      expect(Buffer.from(png).readUInt32BE(16)).toBe((index + 1) * 40);
    }
  });

  it('fails finish() when a drawing fails, so no bake ends with an image missing', async () => {
    const rasterizer = startRasterizer();
    rasterizer.draw('<not an svg', 100, () => {});
    await expect(rasterizer.finish()).rejects.toThrow(/resvg could not draw a PNG/);
  });
});
