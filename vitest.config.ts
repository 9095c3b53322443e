import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      // The `@/` alias of tsconfig.json: imports name files from the project root.
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // `server-only` throws outside a React server build; server modules are tested as they are, with this no-op.
      "server-only": fileURLToPath(new URL("./tests/helpers/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // Seeder tests write real SQLite files; give a slow CI machine room.
    testTimeout: 30_000,
    // The JSON report feeds the "N passed, N failed" line that .ci/run prints.
    reporters: ["default", ["json", { outputFile: ".reports/vitest.json" }]],
  },
});
