/**
 * Linting files and folders: discovery (globs, ignore files, symlink loops),
 * safe reading (unreadable, binary and invalid UTF-8 files are reported and
 * skipped), and one config per directory.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore from 'ignore';
import picomatch from 'picomatch';
import { ConfigError, findConfigFile, loadConfigFile, mergeConfigs } from '../engine/config/config.js';
import { rules as allRules } from '../rules/index.js';
import { fixText, writeAtomic } from './fix.js';
import { lintText } from './lint.js';
import { lintInWorkers, workerCount } from './parallel.js';
const MARKDOWN = /\.(?:md|markdown|mdown|mkd)$/i;
const ALWAYS_SKIPPED = new Set(['node_modules', '.git', '.hg', '.svn']);
const GLOB_CHARS = /[*?[\]{}!]/;
/** Reads a file as UTF-8 text, refusing binary files and invalid encodings. */
export function readTextFile(filePath) {
    let buffer;
    try {
        buffer = readFileSync(filePath);
    }
    catch (error) {
        const code = error.code;
        return {
            problem: {
                filePath,
                code: code === 'ENOENT' ? 'missing' : 'unreadable',
                message: code === 'ENOENT' ? 'file not found (deleted while linting?)' : `cannot read file (${code ?? error.message})`,
            },
        };
    }
    if (buffer.subarray(0, 8000).includes(0))
        return { problem: { filePath, code: 'binary', message: 'binary file (contains NUL bytes), skipped' } };
    try {
        // ignoreBOM keeps a byte-order mark in the text, so `--fix` can write it back.
        return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buffer) };
    }
    catch {
        return { problem: { filePath, code: 'encoding', message: 'not valid UTF-8, skipped' } };
    }
}
/** Expands paths, folders and globs into Markdown files, honouring ignore files. */
export function discoverFiles(inputs, options = {}) {
    const cwd = path.resolve(options.cwd ?? process.cwd());
    const useIgnoreFiles = options.useIgnoreFiles !== false;
    const extra = ignore().add([...(options.ignorePatterns ?? []), ...(options.configIgnores ?? [])]);
    const ignoreCache = new Map();
    const files = new Set();
    const missing = [];
    const seenDirs = new Set();
    const ignoreFor = (dir) => {
        if (!useIgnoreFiles)
            return null;
        const hit = ignoreCache.get(dir);
        if (hit !== undefined)
            return hit;
        let ig = null;
        for (const name of ['.gitignore', '.negolintignore']) {
            try {
                const text = readFileSync(path.join(dir, name), 'utf8');
                ig = (ig ?? ignore()).add(text);
            }
            catch {
                /* no ignore file here */
            }
        }
        ignoreCache.set(dir, ig);
        return ig;
    };
    // An ignore file applies to paths below its own directory, as git does it.
    const isIgnored = (abs, isDir) => {
        const relCwd = path.relative(cwd, abs).split(path.sep).join('/');
        if (relCwd && !relCwd.startsWith('..') && extra.ignores(isDir ? `${relCwd}/` : relCwd))
            return true;
        if (!useIgnoreFiles)
            return false;
        let dir = path.dirname(abs);
        for (;;) {
            const ig = ignoreFor(dir);
            if (ig) {
                const rel = path.relative(dir, abs).split(path.sep).join('/');
                if (rel && ig.ignores(isDir ? `${rel}/` : rel))
                    return true;
            }
            if (dir === cwd || path.dirname(dir) === dir || !abs.startsWith(cwd))
                break;
            dir = path.dirname(dir);
        }
        return false;
    };
    const walk = (dir, filter, base = dir) => {
        let real;
        try {
            real = realpathSync(dir);
        }
        catch {
            return;
        }
        if (seenDirs.has(real))
            return; // symlink loop or a folder reached twice
        seenDirs.add(real);
        let entries;
        try {
            entries = readdirSync(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            if (ALWAYS_SKIPPED.has(entry.name))
                continue;
            const abs = path.join(dir, entry.name);
            let isDir = entry.isDirectory();
            let isFile = entry.isFile();
            if (entry.isSymbolicLink()) {
                try {
                    const st = statSync(abs);
                    isDir = st.isDirectory();
                    isFile = st.isFile();
                }
                catch {
                    continue; // dangling link
                }
            }
            if (isDir) {
                if (!isIgnored(abs, true))
                    walk(abs, filter, base);
            }
            else if (isFile && MARKDOWN.test(entry.name) && !isIgnored(abs, false)) {
                const rel = path.relative(base, abs).split(path.sep).join('/');
                if (!filter || filter(rel))
                    files.add(abs);
            }
        }
    };
    for (const input of inputs) {
        const abs = path.resolve(cwd, input);
        let st;
        try {
            st = statSync(abs);
        }
        catch {
            st = undefined;
        }
        if (st?.isDirectory())
            walk(abs);
        // Named explicitly: linted even if it is not .md, but ignore files and patterns still
        // apply, so a pre-commit hook that passes every staged file honours .negolintignore.
        else if (st?.isFile()) {
            if (!isIgnored(abs, false))
                files.add(abs);
        }
        else if (GLOB_CHARS.test(input)) {
            const scan = picomatch.scan(input);
            const base = path.resolve(cwd, scan.base || '.');
            const match = picomatch(scan.glob || '**/*', { dot: false });
            walk(base, match, base);
        }
        else
            missing.push(input);
    }
    return { files: [...files], missing };
}
/** Lints files, folders and globs. Never throws for a bad file: it is reported in `problems`. */
/** Below this many files a single thread is faster than starting workers. */
const PARALLEL_THRESHOLD = 400;
/** Lints files, folders and globs. Never throws for a bad file: it is reported in `problems`. */
export async function lintFiles(inputs, options = {}) {
    const cwd = path.resolve(options.cwd ?? process.cwd());
    const state = new ConfigState(options, cwd);
    // Config-level ignore patterns from the config governing the working directory.
    const rootConfig = state.configFor(cwd);
    const configIgnores = rootConfig instanceof ConfigError ? [] : rootConfig.ignorePatterns;
    const { files, missing } = discoverFiles(inputs, { cwd, ignorePatterns: options.ignorePatterns, useIgnoreFiles: options.useIgnoreFiles, configIgnores });
    const workers = workerCount(files.length, options);
    const report = workers > 1 ? await lintInWorkers(files, options, cwd, workers) : await lintFileList(files, options, cwd, state);
    for (const e of state.errors)
        if (!report.configErrors.some((x) => x.message === e.message))
            report.configErrors.unshift(e);
    report.problems.unshift(...missing.map((m) => ({ filePath: m, code: 'missing', message: 'no such file, folder or matching glob' })));
    return report;
}
/** Resolves and caches the config of each directory; config errors are kept, once each. */
class ConfigState {
    options;
    cwd;
    cache = new Map();
    dirCache = new Map();
    errors = [];
    constructor(options, cwd) {
        this.options = options;
        this.cwd = cwd;
    }
    configFor(file) {
        const { options, cwd } = this;
        const configPath = options.noConfig ? undefined : options.configFile ? path.resolve(cwd, options.configFile) : findConfigFile(file, this.dirCache);
        const key = configPath ?? '<none>';
        const hit = this.cache.get(key);
        if (hit)
            return hit;
        let resolved;
        try {
            resolved = configPath ? loadConfigFile(configPath, { root: options.configFile ? path.dirname(configPath) : cwd, rules: allRules }) : mergeConfigs('recommended', [], allRules, [], cwd);
        }
        catch (error) {
            if (!(error instanceof ConfigError))
                throw error;
            resolved = error;
            this.errors.push(error);
        }
        this.cache.set(key, resolved);
        return resolved;
    }
}
/** Lints already-discovered files on this thread. */
export async function lintFileList(files, options, cwd, state = new ConfigState(options, cwd)) {
    const report = { results: [], problems: [], configErrors: [], filesLinted: 0, plansFound: 0, fixedFiles: 0 };
    let done = 0;
    for (const file of files) {
        const rel = path.relative(cwd, file) || file;
        const config = state.configFor(file);
        done++;
        if (config instanceof ConfigError) {
            options.onFile?.(done, files.length);
            continue;
        }
        const read = readTextFile(file);
        if ('problem' in read) {
            report.problems.push({ ...read.problem, filePath: rel });
            options.onFile?.(done, files.length);
            continue;
        }
        const lintOptions = { filePath: file, config, overrides: options.overrides, cwd };
        let text = read.text;
        let output;
        if (options.fix) {
            const fixed = fixText(text, lintOptions);
            if (fixed.changed) {
                let written = true;
                if (options.fix === 'write') {
                    try {
                        writeAtomic(file, fixed.output);
                    }
                    catch (error) {
                        written = false;
                        report.problems.push({ filePath: rel, code: 'unreadable', message: `cannot write fixes (${error.code ?? error.message})` });
                    }
                }
                // A fix that could not be written leaves the file as it was: report on that text.
                if (written) {
                    output = fixed.output;
                    report.fixedFiles++;
                    text = fixed.output;
                }
            }
        }
        const configKey = options.cache ? JSON.stringify([config.rules, config.vocabulary, config.side, config.plans, options.overrides ?? null]) : '';
        const cached = options.cache?.get(file, text, configKey);
        const result = cached
            ? { ...cached, filePath: file, errorCount: cached.messages.filter((m) => m.severity === 2).length, warningCount: cached.messages.filter((m) => m.severity === 1).length }
            : lintText(text, lintOptions);
        if (!cached)
            options.cache?.set(file, text, configKey, { messages: result.messages, isPlan: result.isPlan });
        report.filesLinted++;
        if (result.isPlan)
            report.plansFound++;
        // The plan model is large; results for thousands of files must not keep it.
        report.results.push({ ...result, plan: undefined, filePath: rel, source: options.keepSource ? read.text : undefined, output });
        options.onFile?.(done, files.length);
        if (done % 200 === 0)
            await new Promise((r) => setImmediate(r));
    }
    report.configErrors.push(...state.errors);
    return report;
}
//# sourceMappingURL=lint-files.js.map