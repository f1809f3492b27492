/**
 * Whether every match of a regex body opens with an ASCII letter or digit.
 *
 * Phrase regexes guard their start with a lookbehind for letters; V8 then tries the
 * lookbehind at every position of every sentence. When the first character of any
 * match is an ASCII letter or digit, a leading `\b` lets V8 skip most positions first,
 * which makes the phrase regexes several times faster without changing what they match.
 * The answer is conservative: anything this small reader does not follow counts as "no".
 */
export function opensWithWordChar(body) {
    let i = 0;
    let failed = false;
    function alternation() {
        let all = true;
        for (;;) {
            if (!sequence())
                all = false;
            if (body[i] === '|') {
                i++;
                continue;
            }
            return all;
        }
    }
    function sequence() {
        let result;
        while (i < body.length && body[i] !== '|' && body[i] !== ')') {
            const atom = parseAtom();
            const min = quantifierMin();
            if (failed)
                return false;
            if (result !== undefined || atom === 'zero-width')
                continue;
            // An optional first atom lets the next one open the match: not followed, so "no".
            result = min > 0 && atom === 'word';
        }
        return result ?? false;
    }
    function parseAtom() {
        const c = body[i];
        if (c === '(') {
            i++;
            let lookaround = false;
            if (body[i] === '?') {
                const head = body.slice(i, i + 3);
                if (head.startsWith('?:'))
                    i += 2;
                else if (head.startsWith('?=') || head.startsWith('?!'))
                    (i += 2), (lookaround = true);
                else if (head === '?<=' || head === '?<!')
                    (i += 3), (lookaround = true);
                else if (head.startsWith('?<')) {
                    const close = body.indexOf('>', i);
                    if (close < 0)
                        return fail();
                    i = close + 1;
                }
                else
                    return fail();
            }
            const inner = alternation();
            if (body[i] !== ')')
                return fail();
            i++;
            if (lookaround)
                return 'zero-width';
            return inner ? 'word' : 'other';
        }
        if (c === '[') {
            i++;
            if (body[i] === '^')
                i++;
            if (body[i] === ']')
                i++;
            while (i < body.length && body[i] !== ']')
                i += body[i] === '\\' ? 2 : 1;
            if (i >= body.length)
                return fail();
            i++;
            return 'other';
        }
        if (c === '\\') {
            const e = body[i + 1];
            if (e === undefined)
                return fail();
            i += 2;
            if (e === 'b' || e === 'B')
                return 'zero-width';
            if (e === 'u' && body[i] === '{')
                i = body.indexOf('}', i) + 1 || fail0();
            else if (e === 'p' || e === 'P' || e === 'k')
                i = body.indexOf(e === 'k' ? '>' : '}', i) + 1 || fail0();
            else if (e === 'u')
                i += 4;
            else if (e === 'x')
                i += 2;
            else if (e === 'c')
                i += 1;
            return 'other';
        }
        if (c === '^' || c === '$') {
            i++;
            return 'zero-width';
        }
        i++;
        return /[A-Za-z0-9]/.test(c) ? 'word' : 'other';
    }
    function quantifierMin() {
        const c = body[i];
        let min = 1;
        if (c === '?' || c === '*')
            (min = 0), i++;
        else if (c === '+')
            i++;
        else if (c === '{') {
            const m = /^\{(\d+)(?:,\d*)?\}/.exec(body.slice(i, i + 24));
            if (!m)
                return 1;
            min = Number(m[1]);
            i += m[0].length;
        }
        else
            return 1;
        if (body[i] === '?')
            i++;
        return min;
    }
    function fail() {
        failed = true;
        i = body.length;
        return 'other';
    }
    function fail0() {
        failed = true;
        return body.length;
    }
    const all = alternation();
    return !failed && i === body.length && all;
}
//# sourceMappingURL=regex-start.js.map