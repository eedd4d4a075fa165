import { describe, expect, it } from 'vitest';
import { encodePgm, enlargeGrey, greyOf, padGrey, shrinkRaster, type Raster } from './raster';

function solid(width: number, height: number, rgba: [number, number, number, number]): Raster {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < data.length; i += 4) data.set(rgba, i);
  return { width, height, data };
}

describe('raster', () => {
  it('shrinks to the width asked by averaging, and never enlarges', () => {
    const striped = solid(4, 2, [255, 255, 255, 255]);
    // Columns 0 and 2 black: each pair of columns averages to mid grey.
    for (const x of [0, 2]) for (const y of [0, 1]) striped.data.set([0, 0, 0, 255], (y * 4 + x) * 4);
    const half = shrinkRaster(striped, 2);
    expect([half.width, half.height]).toEqual([2, 1]);
    expect(Array.from(half.data.slice(0, 4))).toEqual([128, 128, 128, 255]);
    expect(shrinkRaster(striped, 10)).toBe(striped);
  });

  it('reads transparent pixels as white paper', () => {
    expect(Array.from(greyOf(solid(1, 1, [0, 0, 0, 0])).data)).toEqual([255]);
    expect(Array.from(greyOf(solid(1, 1, [255, 0, 0, 255])).data)).toEqual([76]);
  });

  it('enlarges and pads grey images', () => {
    const image = { width: 2, height: 1, data: new Uint8Array([0, 200]) };
    expect(Array.from(enlargeGrey(image, 2).data)).toEqual([0, 0, 200, 200, 0, 0, 200, 200]);
    const padded = padGrey(image, 1);
    expect([padded.width, padded.height]).toEqual([4, 3]);
    expect(Array.from(padded.data.slice(4, 8))).toEqual([255, 0, 200, 255]);
  });

  it('writes a binary PGM Tesseract can read', () => {
    const pgm = encodePgm({ width: 2, height: 1, data: new Uint8Array([0, 255]) });
    expect(new TextDecoder().decode(pgm.slice(0, 11))).toBe('P5\n2 1\n255\n');
    expect(Array.from(pgm.slice(11))).toEqual([0, 255]);
  });
});
