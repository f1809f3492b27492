/**
 * The requests that read a document's current lint result — code actions,
 * hover, document symbols, the plan summary (`negolint/planSummary`) — and the
 * `negolint.openRuleDocs` command. Each
 * answers empty (and logs) when something inside it fails.
 */
import { rules as allRules, type PlanSummary } from '@negolint/core';
import { ErrorCodes, MessageType, ResponseError } from 'vscode-languageserver/node.js';
import { codeActions } from './code-actions.js';
import { paramsUri, type ServerContext } from './context.js';
import type { DocumentLinter } from './document-linting.js';
import { hover, type RuleInfo } from './hover.js';
import { Commands, PlanSummaryRequest, type PlanSummaryParams } from './protocol.js';
import { documentSymbols, flattenSymbols } from './symbols.js';

const RULES: ReadonlyMap<string, RuleInfo> = new Map(
  allRules.map((r) => [r.meta.id, { id: r.meta.id, description: r.meta.description, principle: r.meta.principle, url: r.url }]),
);

export function registerFeatures(ctx: ServerContext, linter: DocumentLinter): void {
  const { connection } = ctx;

  connection.onCodeAction(async (params) => {
    ctx.refuseAfterShutdown();
    try {
      const current = await linter.current(params.textDocument.uri);
      return current ? codeActions(current.doc, current.result, params, { documentChanges: ctx.client.documentChanges, snippetFixes: ctx.client.snippetFixes }) : [];
    } catch (error) {
      connection.console.error(`negolint: code actions for ${paramsUri(params)} failed: ${String(error)}`);
      return [];
    }
  });

  connection.onHover(async (params) => {
    ctx.refuseAfterShutdown();
    try {
      const current = await linter.current(params.textDocument.uri);
      return current ? hover(current.doc, current.result, params.position, RULES, ctx.client.hoverMarkdown) : null;
    } catch (error) {
      connection.console.error(`negolint: hover for ${paramsUri(params)} failed: ${String(error)}`);
      return null;
    }
  });

  connection.onDocumentSymbol(async (params) => {
    ctx.refuseAfterShutdown();
    try {
      const current = await linter.current(params.textDocument.uri);
      if (!current) return [];
      const symbols = documentSymbols(current.doc, current.result.plan);
      return ctx.client.hierarchicalSymbols ? symbols : flattenSymbols(current.doc.uri, symbols);
    } catch (error) {
      connection.console.error(`negolint: symbols for ${paramsUri(params)} failed: ${String(error)}`);
      return [];
    }
  });

  connection.onRequest(PlanSummaryRequest, async (params: PlanSummaryParams): Promise<PlanSummary | null> => {
    ctx.refuseAfterShutdown();
    const uri = params?.textDocument?.uri;
    if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'negolint/planSummary expects { textDocument: { uri } }');
    try {
      return await linter.summary(uri);
    } catch (error) {
      connection.console.error(`negolint: the plan summary of ${uri} failed: ${String(error)}`);
      return null;
    }
  });

  connection.onExecuteCommand(async (params) => {
    ctx.refuseAfterShutdown();
    if (params.command !== Commands.openRuleDocs) return null;
    const arg = params.arguments?.[0] as string | { url?: string } | undefined;
    const url = typeof arg === 'string' ? arg : arg?.url;
    if (!url) return null;
    if (ctx.client.showDocument) {
      try {
        if ((await connection.window.showDocument({ uri: url, external: true })).success) return null;
      } catch (error) {
        connection.console.warn(`negolint: the client could not open ${url}: ${String(error)}`);
      }
    }
    ctx.showMessage(MessageType.Info, `negolint rule documentation: ${url}`);
    return null;
  });
}
