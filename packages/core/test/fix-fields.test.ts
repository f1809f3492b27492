/**
 * The skeletons that fixes insert: fields to fill in (`[fill in: …]`, never `<angle brackets>`),
 * each one reported by the placeholder rule, and as tab stops in the snippet; and a required
 * section that is still only its skeleton is reported by the rule that asked for it, at its severity.
 */
import { describe, expect, it } from 'vitest';
import { applyFixes, lintText, type Fix } from '../src/index.js';
import { FIELD } from '../src/engine/fixes.js';

const config = { config: { extends: 'strict' } };
// Two sections about our position make it a plan; nothing else is stated, so every section rule offers its skeleton.
const bare = (side: string) => `---\nside: ${side}\nnegolint: true\n---\n# Acme renewal\n\n## Concessions\n\nWe could add training days.\n\n## Notes\n\nMeeting on Friday.\n`;

function fixesOf(text: string): Map<string, Fix> {
  const fixes = new Map<string, Fix>();
  for (const m of lintText(text, config).messages) if (m.fix && !fixes.has(m.ruleId)) fixes.set(m.ruleId, m.fix);
  return fixes;
}

describe('fix skeletons', () => {
  for (const side of ['seller', 'buyer']) {
    it(`write fields the placeholder rule reports, and snippets with one tab stop per field (${side})`, () => {
      const text = bare(side);
      const fixes = fixesOf(text);
      expect(fixes.size).toBeGreaterThanOrEqual(8);
      for (const [ruleId, fix] of fixes) {
        for (const edit of fix.edits) {
          expect(edit.text, ruleId).not.toMatch(/<[a-z][^>]*>/i);
          const fields = [...edit.text.matchAll(FIELD)].map((m) => m[0]);
          if (fields.length === 0) continue;
          expect(edit.snippet, ruleId).toBeDefined();
          fields.forEach((f, i) => expect(edit.snippet, ruleId).toContain(`\${${i + 1}:${f}}`));
        }
        const fixed = applyFixes(text, [fix]).text;
        const start = fix.edits[0]!.start;
        const inserted = fix.edits[0]!.text;
        const reported = lintText(fixed, config).messages.filter((m) => m.ruleId === 'placeholder' && m.offset >= start && m.offset < start + inserted.length);
        const fields = [...inserted.matchAll(FIELD)];
        expect(reported.map((m) => fixed.slice(m.offset, m.endOffset)), ruleId).toEqual(expect.arrayContaining(fields.map((f) => f[0])));
      }
    });
  }

  it('leave a required section that is only its skeleton reported at the severity of the rule that asked for it', () => {
    for (const side of ['seller', 'buyer']) {
      const text = bare(side);
      const asked = new Map<string, number>();
      for (const m of lintText(text, config).messages) if (m.fix) asked.set(m.ruleId, Math.max(asked.get(m.ruleId) ?? 0, m.severity));
      for (const [ruleId, fix] of fixesOf(text)) {
        const fixed = applyFixes(text, [fix]).text;
        const start = fix.edits[0]!.start;
        const end = start + fix.edits[0]!.text.length;
        const inside = lintText(fixed, config).messages.filter((m) => m.offset >= start && m.offset < end);
        expect(Math.max(0, ...inside.map((m) => m.severity)), `${ruleId} (${side})`).toBeGreaterThanOrEqual(asked.get(ruleId)!);
      }
    }
    // Under the recommended preset: the walk-away skeleton alone keeps the plan failing.
    const plan = '# Acme renewal\n\n## Target\n\n$420k ARR.\n\n## Opening offer\n\n$480k ARR, in line with the price list.\n';
    const fix = lintText(plan, { config: {} }).messages.find((m) => m.ruleId === 'walk-away-point')!.fix!;
    const fixed = applyFixes(plan, [fix]).text;
    const after = lintText(fixed, { config: {} }).messages.find((m) => m.ruleId === 'walk-away-point');
    expect(fixed.slice(after!.offset, after!.endOffset)).toBe('[fill in: lowest price we accept]');
    expect(after).toMatchObject({ severity: 2, message: expect.stringMatching(/^Walk-away point is not filled in yet \(`\[fill in: lowest price we accept\]`\)/) });
  });
});
