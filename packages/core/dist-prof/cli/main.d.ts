export interface Io {
    stdout: NodeJS.WriteStream;
    stderr: NodeJS.WriteStream;
    stdin: NodeJS.ReadStream;
    cwd: string;
    env: NodeJS.ProcessEnv;
}
export declare const EXIT: {
    readonly ok: 0;
    readonly lintErrors: 1;
    readonly fatal: 2;
};
export declare function main(argv: string[], io: Io): Promise<number>;
