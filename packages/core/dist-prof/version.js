/** Kept in step with package.json by a meta test. */
export const VERSION = '0.1.0';
//# sourceMappingURL=version.js.map