/**
 * Places chart labels so that none overlaps another: each label offers candidate positions in order
 * of preference (beside its line, above its marker, one row higher, …) and takes the first one that
 * lies inside the chart and clear of every label placed before it. A label with no free place is left
 * out rather than drawn over another; the chart's own list of events still names it. Pixels only.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  width: number;
  height: number;
  /** Top-left corners to try, best first. */
  candidates: readonly { left: number; top: number }[];
}

export function boxesOverlap(one: Box, other: Box): boolean {
  return (
    one.left < other.left + other.width &&
    other.left < one.left + one.width &&
    one.top < other.top + other.height &&
    other.top < one.top + one.height
  );
}

function inside(box: Box, bounds: { width: number; height: number }): boolean {
  return (
    box.left >= 0 &&
    box.top >= 0 &&
    box.left + box.width <= bounds.width &&
    box.top + box.height <= bounds.height
  );
}

/**
 * The boxes of the labels that found a place, by id, in request order (earlier requests win). `taken`
 * are areas no label may cover (another layer's labels).
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: { width: number; height: number },
  taken: readonly Box[] = [],
): Map<string, Box> {
  const placed = new Map<string, Box>();
  const occupied = [...taken];
  for (const request of requests) {
    for (const { left, top } of request.candidates) {
      const box = { left, top, width: request.width, height: request.height };
      if (!inside(box, bounds) || occupied.some((other) => boxesOverlap(box, other))) continue;
      placed.set(request.id, box);
      occupied.push(box);
      break;
    }
  }
  return placed;
}

/**
 * Candidates for a marker's label: centred on it above (or below) the point, then row by row further
 * out, then on the other side; kept within the chart horizontally.
 */
export function markerCandidates(
  point: { x: number; y: number },
  size: { width: number; height: number },
  chartWidth: number,
  above: boolean,
  gap = 6,
  rows = 4,
): { left: number; top: number }[] {
  const left = Math.min(Math.max(0, point.x - size.width / 2), Math.max(0, chartWidth - size.width));
  const up = (row: number) => point.y - gap - size.height * (row + 1);
  const down = (row: number) => point.y + gap + size.height * row;
  const first = Array.from({ length: rows }, (_, row) => (above ? up(row) : down(row)));
  const second = Array.from({ length: rows }, (_, row) => (above ? down(row) : up(row)));
  return [...first, ...second].map((top) => ({ left, top }));
}

/**
 * Candidates for a horizontal line's title: right-aligned at the chart's edge just above the line,
 * then just below it, then the same one column further left, and so on.
 */
export function lineTitleCandidates(
  y: number,
  size: { width: number; height: number },
  rightEdge: number,
  columnWidth: number,
  columns = 3,
): { left: number; top: number }[] {
  return Array.from({ length: columns }, (_, column) => {
    const left = rightEdge - column * columnWidth - size.width;
    return [
      { left, top: y - size.height },
      { left, top: y },
    ];
  }).flat();
}
