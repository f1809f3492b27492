/** SARIF 2.1.0, as GitHub code scanning accepts it. */
import path from 'node:path';
import { rules, VERSION } from '../../index.js';
import type { Formatter } from './types.js';

export const sarif: Formatter = (input) => {
  const ruleIndex = new Map(rules.map((r, i) => [r.meta.id, i]));
  const toUri = (p: string) => path.relative(input.cwd, path.resolve(input.cwd, p)).split(path.sep).map(encodeURIComponent).join('/');
  const results = input.files.flatMap((f) =>
    f.messages.map((m) => ({
      ruleId: m.ruleId,
      ...(ruleIndex.has(m.ruleId) ? { ruleIndex: ruleIndex.get(m.ruleId)! } : {}),
      level: m.severity === 2 ? 'error' : 'warning',
      message: { text: m.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: toUri(f.filePath), uriBaseId: '%SRCROOT%' },
            region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: Math.max(m.endColumn, 1) },
          },
        },
      ],
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'negolint',
            version: VERSION,
            informationUri: 'https://github.com/negolint/negolint',
            rules: rules.map((r) => ({
              id: r.meta.id,
              name: r.meta.id.replace(/(^|-)([a-z])/g, (_m, _d, ch: string) => ch.toUpperCase()),
              shortDescription: { text: r.meta.description },
              fullDescription: { text: r.meta.principle },
              helpUri: r.url,
              help: { text: r.meta.fix },
              defaultConfiguration: { level: r.meta.severity === 'error' ? 'error' : r.meta.severity === 'warn' ? 'warning' : 'none', enabled: r.meta.severity !== 'off' },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${new URL(`file://${input.cwd.endsWith('/') ? input.cwd : `${input.cwd}/`}`).href}` } },
        results,
        invocations: [
          {
            executionSuccessful: input.problems.length === 0,
            toolExecutionNotifications: input.problems.map((p) => ({
              level: 'error',
              message: { text: p.message },
              locations: [{ physicalLocation: { artifactLocation: { uri: toUri(p.filePath), uriBaseId: '%SRCROOT%' } } }],
            })),
          },
        ],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
