/** What the status bar says for the active editor; pure, so it is unit-tested. */

export interface StatusInput {
  enabled: boolean;
  isMarkdown: boolean;
  /** negolint diagnostics of the active document. */
  errors: number;
  warnings: number;
  /** Whether the server recognised the document as a plan (undefined: not known yet). */
  isPlan: boolean | undefined;
}

export interface StatusView {
  visible: boolean;
  text: string;
  tooltip: string;
}

export function statusView(s: StatusInput): StatusView {
  if (!s.isMarkdown) return { visible: false, text: '', tooltip: '' };
  if (!s.enabled) return { visible: true, text: '$(circle-slash) negolint off', tooltip: 'negolint.enable is false' };
  if (s.errors + s.warnings > 0) {
    const parts = [];
    if (s.errors) parts.push(`$(error) ${s.errors}`);
    if (s.warnings) parts.push(`$(warning) ${s.warnings}`);
    return {
      visible: true,
      text: `negolint ${parts.join(' ')}`,
      tooltip: `${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'} in this plan — click to open Problems`,
    };
  }
  if (s.isPlan === false) return { visible: true, text: '$(dash) negolint: not a plan', tooltip: 'This Markdown file is not recognised as a negotiation plan.' };
  if (s.isPlan === undefined) return { visible: true, text: '$(sync~spin) negolint', tooltip: 'Linting…' };
  return { visible: true, text: '$(check) plan ready', tooltip: 'negolint found no gaps in this plan' };
}
