// The server's entry point. It installs the signal handlers before anything else is loaded, so
// that a SIGHUP (reload) at any moment of start-up is remembered instead of killing the process,
// and only then loads the server (src/start.ts, a separate chunk of the bundle) and starts it.
//
// Stack traces name the TypeScript sources: source maps are turned on here, before the bundle's
// chunk is loaded, rather than with node's --enable-source-maps. With that flag, every
// util.getCallSites() maps its frames, and pino calls it whenever a logger is made (to resolve
// its transports): the bundle's whole source map, 88,000 mappings, was parsed at start-up and
// held, 11.6 MiB of heap. Turned on here, it is parsed only when a stack trace is formatted.
import * as nodeModule from "node:module";

// module.setSourceMapsSupport from Node 22.14 and 23.7 on; process.setSourceMapsEnabled before.
const { setSourceMapsSupport } = nodeModule as { setSourceMapsSupport?: (enabled: boolean) => void };
if (setSourceMapsSupport) setSourceMapsSupport(true);
else process.setSourceMapsEnabled(true);

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
