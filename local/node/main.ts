/** How a local entry point runs: its failure is one line and exit 1; Ctrl-C or TERM closes what it started, then exit 0. */

export function runMain(main: () => Promise<void>, opts: { stack?: boolean } = {}): void {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? (opts.stack ? (e.stack ?? e.message) : e.message) : e);
    process.exit(1);
  });
}

export function closeOnSignals(close: () => Promise<void>): void {
  const stop = (): void => {
    void close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
