export declare class UsageError extends Error {
    name: string;
}
export declare const FORMATS: readonly ["stylish", "json", "sarif", "github", "compact"];
export interface CliOptions {
    command: 'lint' | 'rules' | 'explain' | 'init' | 'help' | 'version' | 'print-config';
    positionals: string[];
    config?: string;
    noConfig: boolean;
    rule: string[];
    preset?: 'recommended' | 'strict';
    all: boolean;
    format: (typeof FORMATS)[number];
    outputFile?: string;
    maxWarnings?: number;
    quiet: boolean;
    color?: boolean;
    stdin: boolean;
    stdinFilename?: string;
    printConfig?: string;
    fix: boolean;
    fixDryRun: boolean;
    cache: boolean;
    cacheLocation: string;
    ignorePattern: string[];
    noIgnore: boolean;
    concurrency: 'auto' | 'off' | number;
}
export declare const HELP = "negolint \u2014 lint Markdown negotiation plans\n\nUsage:\n  negolint [options] [files, folders or globs...]   lint (default: .)\n  negolint rules                                   list the rules with their severity\n  negolint explain <rule-id>                       explain a rule: why, what, how to fix\n  negolint init                                    write .negolintrc.yaml and an example plan\n\nOptions:\n  -c, --config <file>         use this config file instead of looking for one\n      --no-config             ignore config files (recommended preset)\n      --rule <id:severity>    set a rule, e.g. --rule walk-away-margin:off (repeatable;\n                              severity may be off|warn|error or a JSON [severity, options])\n      --preset <name>         recommended | strict\n      --all                   treat every Markdown file as a plan\n  -f, --format <name>         stylish (default) | json | sarif | github | compact\n  -o, --output-file <file>    write the report to a file\n      --max-warnings <n>      exit 1 when there are more than n warnings\n  -q, --quiet                 report errors only\n      --color, --no-color     force colour on or off (NO_COLOR is honoured)\n      --stdin                 lint text from standard input\n      --stdin-filename <path> path to use for stdin (config lookup, output)\n      --print-config <file>   print the effective config for a file and exit\n      --fix                   apply safe fixes to the files\n      --fix-dry-run           show the fixes as a diff without writing\n      --cache                 only lint files that changed since the last run\n      --cache-location <path> cache file (default .negolintcache)\n      --ignore-pattern <glob> ignore files matching the glob (repeatable)\n      --no-ignore             do not honour .gitignore / .negolintignore\n      --concurrency <n|auto|off>  worker threads for large folders (default auto)\n  -v, --version               print the version\n  -h, --help                  print this help\n\nExit codes:\n  0  no errors (and warnings within --max-warnings)\n  1  lint errors, or more warnings than --max-warnings\n  2  usage error, invalid config, unreadable file or other fatal error\n";
export declare function parseCli(argv: string[]): CliOptions;
