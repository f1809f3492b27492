import { compact } from './compact.js';
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
export const FORMATTERS = { stylish, json, sarif, github, compact };
//# sourceMappingURL=index.js.map