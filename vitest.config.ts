import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // The web explorer is bundled once before the tests that serve it.
    globalSetup: ["test/global-setup.ts"],
  },
});
