import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * The 404 page is one file served for every missing address, in no locale: links to "its"
 * translations would point at pages that do not exist.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.entry.id !== '404') return;
  route.head = route.head.filter(
    ({ tag, attrs }) => !(tag === 'link' && (attrs?.['rel'] === 'alternate' || attrs?.['rel'] === 'canonical')),
  );
});
