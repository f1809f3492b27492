/** "Did you mean …?" for unknown names: rule ids in a config, options on the command line. */

/** Levenshtein distance: insertions, deletions and substitutions, one each. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/**
 * The candidates close to `word`, closest first: within `maxDistance` edits (default: a third of
 * the word, at least `minDistance`), or one starting with the other.
 */
export function closest(word: string, candidates: Iterable<string>, options: { limit?: number; minDistance?: number } = {}): string[] {
  const { limit = 2, minDistance = 3 } = options;
  return [...candidates]
    .map((k) => [k, editDistance(k, word)] as const)
    .filter(([k, d]) => d <= Math.max(minDistance, Math.floor(word.length / 3)) || k.startsWith(word) || word.startsWith(k))
    // Closest first; of two as close, the one that continues what was typed (`--fix-dry` → `--fix-dry-run`).
    .sort((a, b) => a[1] - b[1] || Number(b[0].startsWith(word)) - Number(a[0].startsWith(word)))
    .slice(0, limit)
    .map(([k]) => k);
}
