/** A parsed amount with the offsets (relative to the scanned text) it came from. */
export interface Amount {
    kind: 'money' | 'percent' | 'number';
    value: number;
    /** ISO-ish currency code (`USD`, `EUR`, `GBP`, …); undefined for bare numbers. */
    currency?: string;
    /** Normalised period/unit, e.g. `year`, `user/month`; empty when none. */
    unit: string;
    start: number;
    end: number;
    raw: string;
}
/**
 * Turns the digits of an amount into a number, deciding between US
 * (`1,234.5`) and European (`1.234,5`, `400.000`) separators.
 */
export declare function parseNumberText(num: string): number;
/** Finds every amount in `text`; `defaultCurrency` applies to bare numbers with a multiplier or unit. */
export declare function parseAmounts(text: string, defaultCurrency?: string): Amount[];
/** Two amounts may be compared only when their kind, currency and unit agree. */
export declare function comparable(a: Amount, b: Amount): boolean;
/** Renders an amount the way it was written, for messages. */
export declare function describeAmount(a: Amount): string;
