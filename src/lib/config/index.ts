// Public surface of the configuration model: what the CLI, the tests and the renderers import.
// The browser imports data.ts (no zod) and loads the schema and validateConfig when needed.
export * from './data.ts';
export { ConfigSchema } from './schema.ts';
export { validateConfig } from './validate.ts';
