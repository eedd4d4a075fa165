import { describe, expect, it } from 'vitest';
import type { Raster } from './raster';
import { findStamps } from './stamp-finder';

type Rgb = [number, number, number];
const RED: Rgb = [208, 20, 30];
const BLACK: Rgb = [20, 20, 20];

/** A white page 1,240 px wide (the size the finder's measures are given for). */
function page(height = 600): Raster {
  const data = new Uint8ClampedArray(1240 * height * 4).fill(255);
  return { width: 1240, height, data };
}

function fill(raster: Raster, x: number, y: number, width: number, height: number, rgb: Rgb) {
  for (let j = y; j < y + height; j++)
    for (let i = x; i < x + width; i++) raster.data.set([...rgb, 255], (j * raster.width + i) * 4);
}

/** A stamp: a frame 4 px thick around three blocks standing for letters. */
function stamp(raster: Raster, x: number, y: number, rgb: Rgb) {
  const [w, h] = [200, 60];
  fill(raster, x, y, w, 4, rgb);
  fill(raster, x, y + h - 4, w, 4, rgb);
  fill(raster, x, y, 4, h, rgb);
  fill(raster, x + w - 4, y, 4, h, rgb);
  for (const dx of [30, 85, 140]) fill(raster, x + dx, y + 16, 30, 28, rgb);
}

/** Grey value of the crop at a page position (the crop is enlarged and padded by 16 px). */
function at(crop: ReturnType<typeof findStamps>[number], px: number, py: number): number {
  const factor = (crop.image.width - 32) / crop.box.width;
  const x = Math.floor((px - crop.box.x) * factor) + 16;
  const y = Math.floor((py - crop.box.y) * factor) + 16;
  return crop.image.data[y * crop.image.width + x] as number;
}

describe('findStamps', () => {
  it('finds a red framed stamp among black print, erases its frame and keeps its letters', () => {
    const raster = page();
    fill(raster, 100, 100, 900, 24, BLACK); // a line of print above
    fill(raster, 250, 215, 400, 20, BLACK); // print the stamp was put over
    stamp(raster, 300, 200, RED);
    const crops = findStamps(raster);
    expect(crops).toHaveLength(1);
    const [crop] = crops;
    expect(crop!.ink).toBe('red');
    expect(crop!.framed).toBe(true);
    expect(crop!.box.x).toBeLessThanOrEqual(300);
    expect(crop!.box.x + crop!.box.width).toBeGreaterThanOrEqual(500);
    expect(at(crop!, 302, 230)).toBe(255); // the frame is gone
    expect(at(crop!, 345, 230)).toBeLessThan(60); // a letter stays black
    expect(at(crop!, 480, 222)).toBe(255); // the black print under the stamp is not red ink: gone
  });

  it('reads two stamps put one above the other one by one', () => {
    const raster = page();
    stamp(raster, 300, 150, RED);
    stamp(raster, 300, 230, RED);
    expect(findStamps(raster).map((c) => c.box.y < 220)).toEqual([true, false]);
  });

  it('finds a dark frame (a black stamp, a photocopy)', () => {
    const raster = page();
    stamp(raster, 300, 200, BLACK);
    const crops = findStamps(raster);
    expect(crops.map((c) => [c.ink, c.framed])).toEqual([['dark', true]]);
  });

  it('finds nothing in black print, or in a red banner across the picture', () => {
    const raster = page();
    for (let y = 50; y < 500; y += 40) fill(raster, 100, y, 1000, 22, BLACK);
    expect(findStamps(raster)).toEqual([]);
    const banner = page();
    fill(banner, 20, 100, 1200, 120, RED);
    expect(findStamps(banner)).toEqual([]);
  });
});
