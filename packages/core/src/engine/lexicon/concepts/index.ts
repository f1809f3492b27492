/** Every concept family, one module each; `Lexicon` compiles them on first use. */
import type { Family } from '../types.js';
import { position } from './position.js';
import { pricing } from './pricing.js';
import { trading } from './trading.js';
import { openness } from './openness.js';
import { qualification } from './qualification.js';
import { questions } from './questions.js';
import { voice } from './voice.js';
import { side } from './side.js';
import { counterpart } from './counterpart.js';

export const FAMILIES: readonly Family[] = [...position, ...pricing, ...trading, ...openness, ...qualification, ...questions, ...voice, ...side, ...counterpart];
