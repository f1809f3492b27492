/**
 * `--cache`: results of unchanged files are reused when the content hash, the
 * effective config and the negolint version all match the last run.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeAtomic } from '../api/fix.js';
export class FileCache {
    location;
    data;
    dirty = false;
    hits = 0;
    constructor(location, version) {
        this.location = location;
        this.data = { version, entries: {} };
        try {
            const parsed = JSON.parse(readFileSync(location, 'utf8'));
            if (parsed && parsed.version === version && parsed.entries && typeof parsed.entries === 'object')
                this.data = parsed;
        }
        catch {
            /* no cache yet, or an unreadable one: start afresh */
        }
    }
    static hash(text, configKey) {
        return createHash('sha256').update(configKey).update('\0').update(text).digest('hex');
    }
    get(filePath, text, configKey) {
        const e = this.data.entries[filePath];
        if (e && e.hash === FileCache.hash(text, configKey)) {
            this.hits++;
            return e.result;
        }
        return undefined;
    }
    set(filePath, text, configKey, result) {
        this.data.entries[filePath] = { hash: FileCache.hash(text, configKey), result: { isPlan: result.isPlan, messages: result.messages } };
        this.dirty = true;
    }
    save() {
        if (!this.dirty)
            return;
        mkdirSync(path.dirname(this.location), { recursive: true });
        writeAtomic(this.location, JSON.stringify(this.data));
    }
}
//# sourceMappingURL=cache.js.map