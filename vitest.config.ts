import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // Seeder tests write real SQLite files; give a slow CI machine room.
    testTimeout: 30_000,
  },
});
