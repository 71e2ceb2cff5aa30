/**
 * The edits fix-all has accepted so far, kept sorted by start so that whether a new edit collides
 * with one of them is a binary search, not a scan: fix-all over thousands of findings stays
 * O(n log n). Accepted edits never collide with each other, so only the neighbours of a new
 * edit's place can collide with it.
 */
import type { OffsetEdit } from './fix';

/** Two edits collide when they start at the same place or their ranges overlap. */
export function collide(a: OffsetEdit, b: OffsetEdit): boolean {
  return a.start === b.start || (a.start < b.end && b.start < a.end);
}

function sameEdit(a: OffsetEdit, b: OffsetEdit): boolean {
  return a.start === b.start && a.end === b.end && a.newText === b.newText;
}

export class EditSet {
  private readonly sorted: OffsetEdit[] = [];

  /** The index of the first accepted edit that starts at or after `start` (`after`: after it). */
  private placeOf(start: number, after = false): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const other = this.sorted[mid].start;
      if (other < start || (after && other === start)) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Whether exactly this edit was accepted already. */
  has(edit: OffsetEdit): boolean {
    for (let i = this.placeOf(edit.start); i < this.sorted.length; i++) {
      const other = this.sorted[i];
      if (other.start !== edit.start) return false;
      if (sameEdit(other, edit)) return true;
    }
    return false;
  }

  /** Whether the edit collides with an accepted one. */
  collides(edit: OffsetEdit): boolean {
    const place = this.placeOf(edit.start);
    const before = this.sorted[place - 1];
    const after = this.sorted[place];
    return (
      (before !== undefined && collide(edit, before)) ||
      (after !== undefined && collide(edit, after))
    );
  }

  /** Accepts the edit; among edits with the same start, the earlier accepted comes first. */
  add(edit: OffsetEdit): void {
    this.sorted.splice(this.placeOf(edit.start, true), 0, edit);
  }

  /** The accepted edits by start. */
  edits(): OffsetEdit[] {
    return [...this.sorted];
  }
}
