/**
 * The components a contributed page may use, and for each prop the values it accepts
 * (`'text'`: any literal text). The components themselves are passed to pages in
 * src/mdx-components.ts; a unit test keeps the two lists the same.
 */
export const allowedComponents = {
  Aside: { type: ['note', 'tip', 'caution', 'danger'], title: 'text' },
} as const satisfies Record<string, Record<string, readonly string[] | 'text'>>;

export type AllowedComponentName = keyof typeof allowedComponents;

/**
 * HTML elements that can run code, load something from another website or change the page
 * outside the text. Everything else (abbr, sup, br...) is harmless in legal prose.
 */
export const forbiddenHtmlElements = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'svg',
  'math',
  'template',
  'video',
  'audio',
  'source',
  'track',
  'picture',
]);

/** Attributes whose value is a web address. */
export const urlAttributes = new Set(['href', 'src', 'srcset', 'poster', 'action', 'formaction', 'cite', 'data', 'background', 'xlink:href']);

/** Attributes that load something by themselves when the page opens. */
export const loadingAttributes = new Set(['src', 'srcset', 'poster', 'background', 'data']);
