/** `negolint rules` and `negolint explain <id>`: the rules' own metadata, in the terminal. */
import { rules, type ResolvedConfig } from '../index.js';
import { sourcesLine } from '../engine/sources.js';
import { colors } from './color.js';

export function rulesTable(config: ResolvedConfig, color: boolean): string {
  const c = colors(color);
  const rows = rules.map((r) => {
    const eff = config.rules[r.meta.id]?.severity ?? r.meta.severity;
    return [r.meta.id, r.meta.severity === 'warn' ? 'warning' : r.meta.severity, eff === 'warn' ? 'warning' : eff, r.meta.description];
  });
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['rule', 'default', 'effective'][i]!.length));
  const line = (r: string[]) => r.map((cell, i) => (i < 3 ? cell.padEnd(w[i]!) : cell)).join('  ');
  return `${c.bold(line(['rule', 'default', 'effective', 'description']))}\n${rows.map(line).join('\n')}\n`;
}

export function explainRule(id: string, color: boolean): string | undefined {
  const rule = rules.find((r) => r.meta.id === id);
  if (!rule) return undefined;
  const c = colors(color);
  const m = rule.meta;
  const out = [
    c.bold(m.id),
    m.description,
    '',
    `${c.bold('Default:')} ${m.severity === 'warn' ? 'warning' : m.severity} (recommended), error (strict)`,
    '',
    c.bold('Why'),
    m.principle,
    sourcesLine(m.sources),
    '',
    c.bold('What it checks'),
    m.details ?? m.description,
    '',
    c.bold('How to fix'),
    m.fix,
  ];
  const opts = Object.entries(m.options.properties);
  if (opts.length) {
    out.push('', c.bold('Options'));
    for (const [name, s] of opts) out.push(`  ${name} (${s.type ?? 'any'}, default ${JSON.stringify((m.defaultOptions as Record<string, unknown>)[name])}): ${s.description ?? ''}`);
  }
  const bad = m.examples.invalid[0];
  if (bad) out.push('', c.bold(`Example that is reported — ${bad.title}`), ...bad.code.trimEnd().split('\n').map((l) => `  ${l}`));
  out.push('', `Docs: ${rule.url}`);
  return `${out.join('\n')}\n`;
}
