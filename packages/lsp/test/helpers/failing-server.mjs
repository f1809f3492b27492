// A test-only server entry: the built server with a `lintText` that throws on any text
// containing CRASH-ME, for the test that one failing lint leaves the others working.
// Not part of the package (`files` ships dist/ and editors/ only) nor of the extension's bundle.
import { lintText } from '@negolint/core';
import { runFromCommandLine } from '../../dist/command-line.js';

export const FAULT = 'CRASH-ME';

runFromCommandLine(process.argv.slice(2), {
  lintText: (text, options) => {
    if (text.includes(FAULT)) throw new Error(`injected failure (the text contains ${FAULT})`);
    return lintText(text, options);
  },
});
