/**
 * V8 first runs a regex in its bytecode interpreter and compiles it to machine code once
 * it is hot. negolint's phrase regexes are large and all of them run on the first
 * document, so a command or a server pays both compilations for each; compiling straight
 * to machine code takes the first lint of a 400-line plan from ~370 to ~240 ms.
 * Only the processes negolint owns (the CLI, the language server) set this: a library
 * does not change its host's engine flags.
 */
import { setFlagsFromString } from 'node:v8';

export function compileRegexesDirectly(): void {
  setFlagsFromString('--no-regexp-tier-up');
}
