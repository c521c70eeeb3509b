/**
 * Options for `t()` when a UI string takes values: Astro escapes whatever it renders, so i18next
 * must not escape the values first, or an "&" in a name would show as "&amp;".
 */
export const asText = { interpolation: { escapeValue: false } } as const;
