import { Aside } from '@astrojs/starlight/components';

/**
 * The components contributed MDX may use, by the name written in the page. They are passed to
 * every MDX page by the route middleware, so pages never import anything; the content check
 * refuses any other component and any prop not listed in src/lib/content-check/mdx-safety.ts.
 */
export const mdxComponents = { Aside } as const;
