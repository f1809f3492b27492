/**
 * Our numbers listed together ("- **Offerte:** CHF 684'000.– … - **Ziel:** … - **Schmerzgrenze:** …"): an item named only
 * by an offer word, beside our target, is our opening. Read only when nothing else in the plan names the opening.
 */
import type { Amount } from '../numbers.js';
import type { Span } from '../text.js';
import { OFFER_LABEL } from '../lexicon/shapes.js';
import { normalizeLabel } from './concepts.js';
import type { Fact, Statement } from './model.js';

const ITEM_LABEL = /^([\s*_]*)([^\n:*_\s][^\n:*_]{1,39}?)[\s*_]*:[\s*_]*(?=\S)/;
// Our numbers stand together: an offer item further than a few lines from the target belongs to some other list.
const NEAR_TARGET = 400;

export function offerSiblingFacts(statements: readonly Statement[], facts: readonly Fact[], amountsIn: (span: Span) => Amount[], clean: string): Fact[] {
  if (facts.some((f) => f.concept === 'opening')) return [];
  const targets = facts.filter((f) => f.concept === 'target' && f.source === 'label' && f.amounts.some((a) => a.kind === 'money'));
  for (const target of targets) {
    for (const st of statements) {
      if (st.kind !== 'item' || st.section !== target.section || st.end <= target.scope.start - NEAR_TARGET || st.start >= target.scope.end + NEAR_TARGET) continue;
      const text = clean.slice(st.start, st.end);
      const m = ITEM_LABEL.exec(text);
      if (!m || !OFFER_LABEL.test(normalizeLabel(m[2]!))) continue;
      const label = { start: st.start + m[1]!.length, end: st.start + m[1]!.length + m[2]!.length };
      const value = { start: st.start + m[0].length, end: st.end };
      const amounts = amountsIn(value);
      if (!amounts.some((a) => a.kind === 'money')) continue;
      return [
        {
          concept: 'opening',
          source: 'label',
          label: { ...label, text: clean.slice(label.start, label.end) },
          value: { ...value, text: clean.slice(value.start, value.end).trim() },
          scope: { start: st.start, end: st.end },
          amounts,
          section: st.section,
        },
      ];
    }
  }
  return [];
}
