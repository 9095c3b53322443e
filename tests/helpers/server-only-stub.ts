// Stands in for the `server-only` package under Vitest (see vitest.config.ts). The real package throws when
// imported outside React's server condition, which is its job in a Next.js build; the unit tests run server
// modules in Node as they are, so they get this empty module instead.
export {};
