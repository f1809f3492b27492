/** The keys `vocabulary` accepts: heading concepts and sentence concepts (many are both). */
import { TAGS } from '../lexicon/types.js';
import { CONCEPTS } from '../plan/concepts.js';

export const VOCABULARY_KEYS = [...new Set<string>([...CONCEPTS, ...TAGS])].sort() as readonly VocabularyKey[];

export type VocabularyKey = (typeof CONCEPTS)[number] | (typeof TAGS)[number];
