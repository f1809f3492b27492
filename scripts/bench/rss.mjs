// Runs the CLI in this process and reports its peak resident set size (KB), workers included.
const [cli, ...argv] = process.argv.slice(2);
process.argv = [process.argv[0], cli, ...argv];
process.on('exit', () => console.log(`MAXRSS ${process.resourceUsage().maxRSS}`));
await import(cli);
