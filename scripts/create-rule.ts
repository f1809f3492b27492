/**
 * Scaffolds a new rule: `pnpm create-rule <id>` writes the rule file and its
 * fixtures, then regenerates the index, docs and schema.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const id = process.argv[2];
if (!id || !/^[a-z]+(?:-[a-z]+)*$/.test(id)) {
  console.error('usage: pnpm create-rule <kebab-case-id>');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '..');
const ruleFile = path.join(root, 'packages/core/src/rules', `${id}.ts`);
if (existsSync(ruleFile)) {
  console.error(`${path.relative(root, ruleFile)} exists already`);
  process.exit(2);
}
writeFileSync(
  ruleFile,
  `import { defineRule } from '../engine/rule.js';

export default defineRule({
  meta: {
    id: '${id}',
    severity: 'warn',
    description: 'TODO: one sentence saying what the plan should contain.',
    principle: 'TODO: the negotiation principle behind the rule, in our own words, two or three sentences long.',
    seeds: ['000'],
    fix: 'TODO: how to fix a finding, concretely.',
    details: 'TODO: how the rule decides, which words and structures it understands.',
    options: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    examples: {
      invalid: [{ title: 'TODO', code: '# Plan\\n\\n## Target\\n\\n$420k\\n\\n## Walk-away point\\n\\n$310k\\n' }],
      valid: [{ title: 'TODO', code: '# Plan\\n\\n## Target\\n\\n$420k\\n\\n## Walk-away point\\n\\n$310k\\n' }],
    },
  },
  check({ plan, report }) {
    // Read the plan model (plan.factsOf, plan.statementsIn, plan.sections…); never re-parse the text.
    if (!plan.has('target')) report('TODO: message.');
  },
});
`,
);
const dir = path.join(root, 'fixtures/rules', id);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'fires-example.md'), '# Plan\n\n## Walk-away point\n\n$310k\n\n## Opening offer\n\n$480k, list price.\n');
writeFileSync(path.join(dir, 'fires-example.expected.json'), `${JSON.stringify({ messages: [{ line: 1, severity: 'error' }] }, null, 2)}\n`);
writeFileSync(path.join(dir, 'passes-example.md'), '# Plan\n\n## Walk-away point\n\n$310k\n\n## Target\n\n$420k\n');
execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/generate.ts')], { stdio: 'inherit', cwd: root });
console.log(`Created ${path.relative(root, ruleFile)} and fixtures/rules/${id}/. Fill in the TODOs, then run pnpm test.`);
