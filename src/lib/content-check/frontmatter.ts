// Temporary: moved to src/lib/content/frontmatter.ts.
export * from '../content/frontmatter.ts';
