/**
 * Whether every match of a regex body opens with an ASCII letter or digit.
 *
 * Phrase regexes guard their start with a lookbehind for letters; V8 then tries the
 * lookbehind at every position of every sentence. When the first character of any
 * match is an ASCII letter or digit, a leading `\b` lets V8 skip most positions first,
 * which makes the phrase regexes several times faster without changing what they match.
 * The answer is conservative: anything this small reader does not follow counts as "no".
 */
export declare function opensWithWordChar(body: string): boolean;
