/** SARIF 2.1.0, as GitHub code scanning accepts it. */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArtifactLocation, Log, Notification, ReportingDescriptor, Result } from 'sarif';
import { rules, VERSION } from '../../index.js';
import type { Formatter } from './types.js';

export const sarif: Formatter = (input) => {
  const ruleIndex = new Map(rules.map((r, i) => [r.meta.id, i]));
  // Files under the working directory are relative to %SRCROOT% (what code scanning
  // expects); anything else gets an absolute file: URI.
  const artifact = (p: string): ArtifactLocation => {
    const abs = path.resolve(input.cwd, p);
    const rel = path.relative(input.cwd, abs);
    if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return { uri: pathToFileURL(abs).href };
    return { uri: rel.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  };
  const results = input.files.flatMap((f) =>
    f.messages.map((m): Result => ({
      ruleId: m.ruleId,
      ...(ruleIndex.has(m.ruleId) ? { ruleIndex: ruleIndex.get(m.ruleId)! } : {}),
      level: m.severity === 2 ? 'error' : 'warning',
      message: { text: m.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifact(f.filePath),
            region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: Math.max(m.endColumn, 1) },
          },
        },
      ],
    })),
  );
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'negolint',
            version: VERSION,
            informationUri: 'https://github.com/negolint/negolint',
            rules: rules.map((r): ReportingDescriptor => ({
              id: r.meta.id,
              // SARIF wants `name` to differ from `id` (SARIF1001); a one-word id has no other name.
              ...(r.meta.id.includes('-') ? { name: r.meta.id.replace(/(^|-)([a-z])/g, (_m, _d, ch: string) => ch.toUpperCase()) } : {}),
              shortDescription: { text: r.meta.description },
              fullDescription: { text: r.meta.principle },
              helpUri: r.url,
              help: { text: r.meta.fix },
              defaultConfiguration: { level: r.meta.severity === 'error' ? 'error' : r.meta.severity === 'warn' ? 'warning' : 'none', enabled: r.meta.severity !== 'off' },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(input.cwd.endsWith(path.sep) ? input.cwd : `${input.cwd}${path.sep}`).href } },
        results,
        invocations: [
          {
            executionSuccessful: input.problems.length === 0,
            toolExecutionNotifications: input.problems.map((p): Notification => ({
              level: 'error',
              message: { text: p.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: artifact(p.filePath),
                    ...(p.line ? { region: { startLine: p.line, ...(p.column ? { startColumn: p.column } : {}) } } : {}),
                  },
                },
              ],
            })),
          },
        ],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
