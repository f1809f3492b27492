/**
 * The small JSON Schema subset rule options are written in. One schema drives
 * config validation, the docs' option tables and the editor's autocompletion of
 * `.negolintrc.json`, so it stays deliberately simple.
 */
export interface Schema {
    type?: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object';
    description?: string;
    enum?: readonly (string | number | boolean)[];
    minimum?: number;
    maximum?: number;
    items?: Schema;
    properties?: Record<string, Schema>;
    additionalProperties?: boolean;
    default?: unknown;
    anyOf?: Schema[];
}
export interface SchemaIssue {
    /** Path below the validated value, e.g. `['phrases', 2]`. */
    path: (string | number)[];
    /** What was expected, in words. */
    expected: string;
    /** What was found, in words. */
    actual: string;
}
export declare function describeSchema(schema: Schema): string;
export declare function validate(schema: Schema, value: unknown, path?: (string | number)[]): SchemaIssue[];
/** The options schema of a rule whose only option is `extraPhrases`, a list of the team's own wording. */
export declare function extraPhrasesOptions(description: string): Schema & {
    type: 'object';
    properties: Record<string, Schema>;
};
