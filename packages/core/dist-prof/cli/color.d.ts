/** Minimal ANSI colouring that honours NO_COLOR, FORCE_COLOR and --no-color. */
export interface Colors {
    red(s: string): string;
    yellow(s: string): string;
    dim(s: string): string;
    bold(s: string): string;
    underline(s: string): string;
    green(s: string): string;
}
export declare function colors(enabled: boolean): Colors;
/**
 * Colour: --color/--no-color win; then NO_COLOR (any non-empty value) turns it off;
 * then FORCE_COLOR turns it on (off for `0` or `false`); else on for a TTY.
 */
export declare function useColor(stream: NodeJS.WriteStream, flag: boolean | undefined, env?: NodeJS.ProcessEnv): boolean;
