/**
 * The small JSON Schema subset rule options are written in. One schema drives
 * config validation, the docs' option tables and the editor's autocompletion of
 * `.negolintrc.json`, so it stays deliberately simple.
 */
function typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    if (typeof value === 'number' && Number.isInteger(value))
        return 'integer';
    return typeof value;
}
function show(value) {
    const t = typeName(value);
    if (t === 'string')
        return `string ${JSON.stringify(value)}`;
    if (t === 'number' || t === 'integer' || t === 'boolean')
        return `${t === 'integer' ? 'number' : t} ${String(value)}`;
    return t;
}
export function describeSchema(schema) {
    if (schema.enum)
        return `one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`;
    if (schema.anyOf)
        return schema.anyOf.map(describeSchema).join(' or ');
    if (schema.type === 'array')
        return `an array${schema.items ? ` of ${describeSchema(schema.items)}s` : ''}`;
    if (schema.type === 'integer')
        return 'a whole number';
    if (schema.type === 'object')
        return 'an object';
    return `a ${schema.type ?? 'value'}`;
}
export function validate(schema, value, path = []) {
    if (schema.anyOf) {
        const results = schema.anyOf.map((s) => validate(s, value, path));
        return results.some((r) => r.length === 0) ? [] : [{ path, expected: describeSchema(schema), actual: show(value) }];
    }
    const t = typeName(value);
    if (schema.type) {
        const ok = schema.type === 'number' ? t === 'number' || t === 'integer' : t === schema.type;
        if (!ok)
            return [{ path, expected: describeSchema(schema), actual: show(value) }];
    }
    if (schema.enum && !schema.enum.includes(value)) {
        return [{ path, expected: describeSchema(schema), actual: show(value) }];
    }
    if (typeof value === 'number') {
        if (schema.minimum !== undefined && value < schema.minimum)
            return [{ path, expected: `a number >= ${schema.minimum}`, actual: show(value) }];
        if (schema.maximum !== undefined && value > schema.maximum)
            return [{ path, expected: `a number <= ${schema.maximum}`, actual: show(value) }];
    }
    const issues = [];
    if (Array.isArray(value) && schema.items) {
        value.forEach((v, i) => issues.push(...validate(schema.items, v, [...path, i])));
    }
    if (t === 'object' && schema.properties) {
        for (const [key, v] of Object.entries(value)) {
            const prop = schema.properties[key];
            if (prop)
                issues.push(...validate(prop, v, [...path, key]));
            else if (schema.additionalProperties === false) {
                issues.push({ path: [...path, key], expected: `one of the options ${Object.keys(schema.properties).map((k) => `\`${k}\``).join(', ')}`, actual: `unknown option \`${key}\`` });
            }
        }
    }
    return issues;
}
/** The options schema of a rule whose only option is `extraPhrases`, a list of the team's own wording. */
export function extraPhrasesOptions(description) {
    return {
        type: 'object',
        additionalProperties: false,
        properties: { extraPhrases: { type: 'array', items: { type: 'string' }, description } },
    };
}
//# sourceMappingURL=schema.js.map