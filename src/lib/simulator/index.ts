// The GOPROXY chain simulator: pure functions shared by the CLI, the island and the guides.
export * from './model.ts';
export { traceToMermaid } from './mermaid.ts';
export { PRESETS, type Preset } from './presets.ts';
export { DEFAULT_GOPROXY, DEFAULT_GOSUMDB, DEFAULT_MODULE, DEFAULT_VERSION, outcomeSlots, parseGosumdb, simulate } from './simulate.ts';
export { type Issue, type Validated, validateSimulateInput } from './validate.ts';
export { type VersionDifference, VERSION_DIFFERENCES } from './versions.ts';
