// Temporary: the checker now lives in src/tooling/check-content.ts (loading) and src/lib/content-check/check-layer.ts (rules).
export { checkContent } from '../../tooling/check-content.ts';
