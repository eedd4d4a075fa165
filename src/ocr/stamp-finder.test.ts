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

/** The longest run of dark pixels in any row of a crop, as a share of its width. */
function longestDarkRow(crop: ReturnType<typeof findStamps>[number]): number {
  const { width, height, data } = crop.image;
  let longest = 0;
  for (let y = 0; y < height; y++) {
    let run = 0;
    for (let x = 0; x < width; x++) {
      run = (data[y * width + x] as number) < 128 ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
  }
  return longest / width;
}

/** Dark pixels in a crop, in page pixels (the crop is enlarged by a whole factor). */
function darkArea(crop: ReturnType<typeof findStamps>[number], factor: number): number {
  return crop.image.data.filter((v) => v < 128).length / (factor * factor);
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
    // The three letters stay (30 × 28 px each); the frame and the black print under the stamp are gone: no
    // dark line runs across the crop, and there is no more dark than the letters.
    const factor = Math.round((crop!.image.height - 32) / 36);
    expect(darkArea(crop!, factor)).toBeGreaterThan(3 * 30 * 28 * 0.9);
    expect(darkArea(crop!, factor)).toBeLessThan(3 * 30 * 28 * 1.1);
    expect(longestDarkRow(crop!)).toBeLessThan(0.5);
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
