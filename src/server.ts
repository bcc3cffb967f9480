// The server's entry point. It installs the signal handlers before anything else is loaded, so
// that a SIGHUP (reload) at any moment of start-up is remembered instead of killing the process,
// and only then loads the server (src/start.ts, a separate chunk of the bundle) and starts it.
let reloadRequested = false;
let onReload: ((reason: string) => void) | null = null;
process.on("SIGHUP", () => {
  if (onReload) onReload("SIGHUP");
  else reloadRequested = true;
});

const { start } = await import("./start.ts");
await start({
  reloadRequested: () => reloadRequested,
  onReload: (handler) => {
    onReload = handler;
  },
});
