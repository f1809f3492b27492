/**
 * Scaffolds a new rule: `pnpm create-rule <id>` writes the rule file and two
 * fixtures, then regenerates the index, docs and schema. What it writes fails
 * the meta tests (packages/core/test/rules.test.ts) until every
 * `TODO(create-rule)` is replaced; their failures name what is left.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Marks what the scaffold leaves for the rule's author; the meta tests reject it. */
export const SCAFFOLD_TODO = 'TODO(create-rule)';

const ROOT = path.resolve(import.meta.dirname, '..');

/** A plan with a walk-away point and an opening, and no target: the scaffold's rule reports it. */
const WITHOUT_TARGET = '# Acme renewal\n\n## Walk-away point\n\n$310k\n\n## Opening offer\n\n$480k, list price.\n';
/** The same plan with a target: the scaffold's rule accepts it. */
const WITH_TARGET = '# Acme renewal\n\n## Walk-away point\n\n$310k\n\n## Target\n\n$420k\n\n## Opening offer\n\n$480k, list price.\n';

function ruleSource(id: string): string {
  const todo = SCAFFOLD_TODO;
  return `import { defineRule } from '../engine/rule.js';

export default defineRule({
  meta: {
    id: '${id}',
    severity: 'warn',
    description: '${todo}: one sentence saying what the plan should contain.',
    principle: '${todo}: the negotiation principle behind the rule, in our own words, two or three sentences long.',
    // The published articles the principle comes from, by their keys in engine/sources.ts; none for a principle of negolint itself.
    sources: [],
    fix: '${todo}: how to fix a finding, concretely.',
    details: '${todo}: how the rule decides, which words and structures it understands.',
    options: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    examples: {
      invalid: [{ title: '${todo}: what the plan lacks', code: ${JSON.stringify(WITHOUT_TARGET)} }],
      valid: [{ title: '${todo}: what the plan has', code: ${JSON.stringify(WITH_TARGET)} }],
    },
  },
  check({ plan, report }) {
    // Read the plan model (plan.factsOf, plan.statementsIn, plan.sections, plan.tagged…); never re-parse the text.
    if (!plan.has('target')) report('${todo}: say what is missing and how to fix it.');
  },
});
`;
}

function main(): void {
  const id = process.argv[2];
  if (!id || !/^[a-z]+(?:-[a-z]+)*$/.test(id)) {
    console.error('usage: pnpm create-rule <kebab-case-id>');
    process.exit(2);
  }
  const ruleFile = path.join(ROOT, 'packages/core/src/rules', `${id}.ts`);
  const dir = path.join(ROOT, 'fixtures/rules', id);
  for (const target of [ruleFile, dir]) {
    if (existsSync(target)) {
      console.error(`${path.relative(ROOT, target)} exists already`);
      process.exit(2);
    }
  }
  writeFileSync(ruleFile, ruleSource(id));
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'fires-example.md'), WITHOUT_TARGET);
  // What the fixture test compares: rule, line, severity and the message's id (its words before the first colon).
  const expected = { rule: id, line: 1, severity: 'error', message: SCAFFOLD_TODO };
  writeFileSync(path.join(dir, 'fires-example.expected.json'), `{\n  "messages": [\n    ${JSON.stringify(expected)}\n  ]\n}\n`);
  writeFileSync(path.join(dir, 'passes-example.md'), WITH_TARGET);
  execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/generate.ts')], { stdio: 'inherit', cwd: ROOT });
  console.log(
    [
      `Created packages/core/src/rules/${id}.ts and fixtures/rules/${id}/.`,
      `Replace every ${SCAFFOLD_TODO} (the meta tests fail until you do and name what is left), write check()`,
      'and the fixtures, then `pnpm generate` and `pnpm test` (CONTRIBUTING.md, "Add a rule").',
    ].join('\n'),
  );
}

// Run as a command, not when the meta tests import SCAFFOLD_TODO.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
