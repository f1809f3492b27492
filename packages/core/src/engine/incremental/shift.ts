/**
 * Moving parsed nodes to where they stand in the new text. Cuts are made at line starts,
 * so a node keeps its columns and only its offsets and line numbers move.
 */
import type { Nodes } from 'mdast';
import type { Point, Position } from 'unist';

const movePoint = (p: Point, offset: number, line: number): Point => ({ line: p.line + line, column: p.column, offset: p.offset === undefined ? undefined : p.offset + offset });

function movePosition(position: Position | undefined, offset: number, line: number): Position | undefined {
  return position && { start: movePoint(position.start, offset, line), end: movePoint(position.end, offset, line) };
}

/**
 * A copy of `node` and its descendants moved by `offset` characters and `line` lines. The
 * previous tree stays as it was: a result linted earlier still describes its own text.
 */
export function movedCopy<T extends Nodes>(node: T, offset: number, line: number): T {
  const copy = { ...node, position: movePosition(node.position, offset, line) } as T;
  if ('children' in node) {
    (copy as { children: Nodes[] }).children = (node.children as Nodes[]).map((child) => movedCopy(child, offset, line));
  }
  return copy;
}

/** Moves freshly parsed nodes in place (nothing else holds them). */
export function moveInPlace(node: Nodes, offset: number, line: number): void {
  node.position = movePosition(node.position, offset, line);
  if ('children' in node) for (const child of node.children as Nodes[]) moveInPlace(child, offset, line);
}
