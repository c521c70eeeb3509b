import { describe, expect, it } from 'vitest';
import { mdxComponentNames } from '../../src/mdx-components.ts';
import { allowedComponents } from '../../src/lib/content-check/markup-allowlist.ts';

describe('the components contributed MDX may use', () => {
  it('are the ones the content check allows, no more and no fewer', () => {
    expect([...mdxComponentNames].sort()).toEqual(Object.keys(allowedComponents).sort());
  });
  // That each one renders in a page, imported by astro-auto-import, is tested on a real build
  // (tests/site/hostile-content.test.ts, "renders the site's components in MDX").
});
