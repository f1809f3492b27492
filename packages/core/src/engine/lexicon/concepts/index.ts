/** Every concept family, one module each; `Lexicon` compiles them on first use. */
import type { Family } from '../types.js';
import { position } from './position.js';
import { pricing } from './pricing.js';
import { trading } from './trading.js';
import { openness } from './openness.js';
import { qualification } from './qualification.js';
import { questions } from './questions.js';
import { voice } from './voice.js';
import { editing } from './editing.js';
import { side } from './side.js';
import { counterpart } from './counterpart.js';
import { otherLanguages } from './languages.js';
import { northernLanguages } from './languages-north.js';
import { easternLanguages } from './languages-east.js';
import { malayLanguages } from './languages-malay.js';

const ENGLISH: readonly Family[] = [...position, ...pricing, ...trading, ...openness, ...qualification, ...questions, ...voice, ...editing, ...side, ...counterpart];

// Other languages' groups go after a family's own, so the English groups keep their numbers (`inGroup`).
export const FAMILIES: readonly Family[] = ENGLISH.map((f) => {
  const more = [...(otherLanguages[f.tag] ?? []), ...(northernLanguages[f.tag] ?? []), ...(easternLanguages[f.tag] ?? []), ...(malayLanguages[f.tag] ?? [])];
  return more.length > 0 ? { ...f, groups: [...f.groups, ...more] } : f;
});
