/**
 * The one place where offsets become lines and columns. Offsets are UTF-16 code units (as JS
 * strings and LSP count them); lines and columns here are 0-based.
 */
export interface LineColumn {
  line: number;
  character: number;
}

export class LineIndex {
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 /* \n */) starts.push(i + 1);
      else if (code === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): LineColumn {
    let clamped = Math.max(0, Math.min(offset, this.text.length));
    // an offset between the CR and the LF of a line break is the end of the line
    if (this.text[clamped - 1] === '\r' && this.text[clamped] === '\n') clamped--;
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  offsetAt(position: LineColumn): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[Math.max(0, position.line)];
    const next = this.lineStarts[position.line + 1] ?? this.text.length;
    return Math.min(start + Math.max(0, position.character), next);
  }
}

/** An LSP-shaped range (0-based lines, UTF-16 characters). */
export interface LineRange {
  start: LineColumn;
  end: LineColumn;
}

/** Offsets to a line/character range: the one conversion every front end uses. */
export function toRange(lineIndex: LineIndex, start: number, end: number): LineRange {
  return { start: lineIndex.positionAt(start), end: lineIndex.positionAt(end) };
}
