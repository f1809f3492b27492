import { defineRule } from '../engine/rule.js';
import { sideOf } from '../engine/plan/side.js';
import { currencyCode } from '../engine/plan/frontmatter.js';
import type { PlanModel } from '../engine/plan/model.js';
import type { Span } from '../engine/text.js';

/** The rest of the line from an offset: where a frontmatter problem is shown. */
function lineFrom(plan: PlanModel, offset: number): Span {
  const at = Math.min(Math.max(offset, 0), plan.text.length);
  const { line } = plan.lines.point(at);
  return { start: at, end: Math.max(at, plan.lines.lineEnd(line)) };
}

/** A frontmatter value as the plan wrote it, short enough for a message. */
function shown(value: unknown): string {
  return (typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)).slice(0, 40);
}

export default defineRule({
  meta: {
    id: 'frontmatter',
    severity: 'error',
    description: 'The frontmatter is valid YAML, a map of keys to values, and the keys negolint reads hold values it understands.',
    principle:
      'The frontmatter carries the facts every other check leans on — which side we are on, the currency, the positions. When it cannot be read, those checks silently work from defaults (a seller, no currency), so a broken header turns into wrong advice everywhere else; it must be fixed first.',
    sources: [],
    fix: 'Fix the YAML at the reported line (a missing colon, a stray quote, a tab for indentation), keep the frontmatter a map (`side: buyer`, not `- buyer`), write `side:` as buyer or seller and `currency:` as a three-letter code such as EUR.',
    details:
      'Reported at the line where the YAML parser stopped: syntax errors, a frontmatter that is a list or a single value instead of keys and values, alias bombs. The rest of the document is still linted; a frontmatter that breaks YAML keeps what its top-level `key: value` lines say (a title with a colon in it must not cost the plan its `side: buyer`). For readable frontmatter, `side` must name a side, and so must `role` when it is about buying or selling rather than a job title, (buyer, seller, buy-side, procurement, vendor, supplier…); `currency` must start with a three-letter ISO code (a note may follow: `MXN, per unit, before IVA`); other keys are free.',
    options: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    examples: {
      invalid: [
        { title: 'YAML that does not parse', code: '---\nside: buyer\ncurrency: "EUR\n---\n# Laptop refresh\n\n**Ceiling:** €1,2M\n' },
        { title: 'A list instead of keys', code: '---\n- buyer\n- EUR\n---\n# Laptop refresh\n\n**Ceiling:** €1,2M\n' },
        { title: 'A side negolint cannot read', code: '---\nside: undecided\n---\n# Acme renewal\n\n**Walk-away:** $310k ARR\n' },
      ],
      valid: [
        { title: 'Keys and values', code: '---\nside: buyer\ncurrency: EUR\n---\n# Laptop refresh\n\n**Ceiling:** €1,2M\n' },
        { title: 'A currency code with a note after it', code: '---\nside: buyer\ncurrency: MXN, per unit, before IVA\n---\n# Excavators\n\n**Ceiling:** 2.450.000 per unit\n' },
      ],
    },
  },
  check({ plan, report }) {
    const fm = plan.frontmatter;
    if (!fm) return;
    if (fm.error) {
      const kept = fm.keys.size;
      report(
        `The frontmatter cannot be read (${fm.error.message}); ${kept > 0 ? `its ${kept} top-level \`key: value\` line${kept === 1 ? ' is' : 's are'} read one by one` : 'the plan is linted without it'}. Quote a value that holds ": " ("title: \"A: B\"").`,
        lineFrom(plan, fm.error.offset),
      );
      return;
    }
    for (const key of ['side', 'role']) {
      if (!(key in fm.data)) continue;
      const value = fm.data[key];
      // "role: Senior Warehouse Automation Engineer" in a hiring plan is the job, not our side: only `side` must name one.
      if (key === 'role' && 'side' in fm.data) continue;
      if (key === 'role' && typeof value === 'string' && !/\b(?:buy|sell|vendor|supplier|customer|purchas|procure|client|seller|buyer|sales)/i.test(value)) continue;
      // The same reading as the plan model's: a value it takes as a side is not reported.
      if (typeof value === 'string' && sideOf(value)) continue;
      report(`\`${key}: ${shown(value)}\` names no side: write buyer or seller (the plan is read as ${plan.side === 'buyer' ? "a buyer's" : "a seller's"}).`, lineFrom(plan, fm.keys.get(key)?.start ?? fm.start));
    }
    if ('currency' in fm.data) {
      const value = fm.data['currency'];
      if (!currencyCode(value)) {
        report(`\`currency: ${shown(value)}\` is not a three-letter currency code (EUR, USD, GBP…).`, lineFrom(plan, fm.keys.get('currency')?.start ?? fm.start));
      }
    }
  },
  applies: ({ plan }) => plan.frontmatter !== undefined,
});
