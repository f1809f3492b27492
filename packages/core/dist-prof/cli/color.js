const wrap = (open, close) => (s) => `\u001b[${open}m${s}\u001b[${close}m`;
export function colors(enabled) {
    if (!enabled) {
        const id = (s) => s;
        return { red: id, yellow: id, dim: id, bold: id, underline: id, green: id };
    }
    return { red: wrap(31, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22), underline: wrap(4, 24), green: wrap(32, 39) };
}
/**
 * Colour: --color/--no-color win; then NO_COLOR (any non-empty value) turns it off;
 * then FORCE_COLOR turns it on (off for `0` or `false`); else on for a TTY.
 */
export function useColor(stream, flag, env = process.env) {
    if (flag === false)
        return false;
    if (flag === true)
        return true;
    if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '')
        return false;
    const force = env['FORCE_COLOR'];
    if (force !== undefined && force !== '')
        return force !== '0' && force !== 'false';
    return Boolean(stream.isTTY);
}
//# sourceMappingURL=color.js.map