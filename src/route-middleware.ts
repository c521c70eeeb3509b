import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { mdxComponents } from './mdx-components.ts';

/**
 * The 404 page is one file served for every missing address, in no locale: links to "its"
 * translations would point at pages that do not exist.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  provideMdxComponents(route);
  if (route.entry.id !== '404') return;
  route.head = route.head.filter(
    ({ tag, attrs }) => !(tag === 'link' && (attrs?.['rel'] === 'alternate' || attrs?.['rel'] === 'canonical')),
  );
});

/**
 * Contributed MDX never imports (imports could run any code at build time): the site hands
 * each MDX page its components instead, as MDX's `components` prop.
 */
function provideMdxComponents(route: StarlightRouteData): void {
  const { Content } = route;
  if (!Content || !route.entry.filePath?.endsWith('.mdx')) return;
  const withComponents = (...args: unknown[]) => {
    // An Astro component factory is called with (result, props, slots); an MDX one with (props).
    const propsIndex = (Content as { isAstroComponentFactory?: boolean }).isAstroComponentFactory ? 1 : 0;
    const props = (args[propsIndex] ?? {}) as Record<string, unknown>;
    args[propsIndex] = { ...props, components: { ...mdxComponents, ...(props['components'] as object | undefined) } };
    return (Content as (...a: unknown[]) => unknown)(...args);
  };
  // Astro tells component kinds apart by markers on the function: keep them.
  for (const key of Reflect.ownKeys(Content)) {
    if (key === 'length' || key === 'name' || key === 'prototype') continue;
    Reflect.set(withComponents, key, Reflect.get(Content, key));
  }
  route.Content = withComponents as typeof Content;
}
