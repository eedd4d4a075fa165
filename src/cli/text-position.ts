/** 1-based line and column (in characters, not UTF-16 units) of UTF-16 offsets into one text. */
export function lineColumnOf(text: string): (offset: number) => { line: number; column: number } {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const start = lineStarts[lo]!;
    return { line: lo + 1, column: [...text.slice(start, offset)].length + 1 };
  };
}
