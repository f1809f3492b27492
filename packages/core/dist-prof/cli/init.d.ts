export declare const INIT_FILES: {
    readonly config: ".negolintrc.yaml";
    readonly plan: "negotiation-plan.example.md";
};
export declare function runInit(cwd: string): {
    written: string[];
    refused: string[];
};
