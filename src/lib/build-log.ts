/** A warning as Rolldown hands it to `build.rolldownOptions.onwarn`. */
export interface BundlerWarning {
  code?: string | undefined;
  id?: string | undefined;
  message: string;
}

/**
 * Astro marks every MDX page it bundles with a module-level directive that Rolldown cannot keep
 * and warns about, once per page (59 boxes in our build log, none of them actionable). Those are
 * dropped, recognised by the warning's code and the module it is about, never by its wording;
 * every other warning is shown.
 */
export function quietBundlerWarnings(warning: BundlerWarning, show: (warning: BundlerWarning) => void): void {
  const module = warning.id?.split('?')[0] ?? '';
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && module.endsWith('.mdx')) return;
  show(warning);
}
