/** The "New negotiation plan" command's file name choice; pure. */

export function planFileName(existing: ReadonlySet<string>, base = 'negotiation-plan'): string {
  if (!existing.has(`${base}.md`)) return `${base}.md`;
  for (let i = 2; ; i++) if (!existing.has(`${base}-${i}.md`)) return `${base}-${i}.md`;
}
