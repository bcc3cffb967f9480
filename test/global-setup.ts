// Runs once before the test files: bundles the web explorer into dist/web, as `npm start` does,
// so that the tests serving `/` and the browser tests use the real build.
import { buildExplorer } from "../web/build.mjs";

export default async function setup(): Promise<void> {
  await buildExplorer();
}
