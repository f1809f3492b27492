/** Kept in step with package.json by a meta test. */
export declare const VERSION = "0.1.0";
