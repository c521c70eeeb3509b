// Temporary: moved to src/lib/content/diagnostic.ts.
export * from '../content/diagnostic.ts';
