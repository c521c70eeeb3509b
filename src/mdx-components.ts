/**
 * The components contributed MDX may use, by the module that exports them. The astro-auto-import
 * integration (astro.config.mjs) adds these imports to every MDX page when it is compiled, so
 * pages never import anything themselves; the content check refuses any other component and any
 * prop not listed in src/lib/content-check/markup-allowlist.ts (a unit test keeps the two lists
 * the same). An entry is a named export, or [export, name] to give a default export its name.
 */
export const mdxComponentImports: Record<string, (string | [string, string])[]> = {
  '@astrojs/starlight/components': ['Aside'],
  './src/components/Term.astro': [['default', 'Term']],
};

/** The names pages write, such as `Aside`. */
export const mdxComponentNames: readonly string[] = Object.values(mdxComponentImports)
  .flat()
  .map((entry) => (typeof entry === 'string' ? entry : entry[1]));
