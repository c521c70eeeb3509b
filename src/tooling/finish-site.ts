import { htmlPages } from './site-files.ts';
import { formatFileSize } from '../lib/file-size.ts';
import { writeOfflinePacks } from './offline-packs.ts';
import { trimSiteStylesheets } from './trim-css.ts';
import type { UsageByGroup } from './style-usage.ts';

/**
 * The steps that need the whole site, every language at once: stylesheets trimmed to what all
 * pages use, then the offline packs (which list the trimmed stylesheets and weigh them). A full
 * build runs them last; a build sharded by language leaves them to `npm run merge`.
 */
export async function finishWholeSite(root: string, usage: UsageByGroup, log: (message: string) => void): Promise<void> {
  const started = performance.now();
  const trim = await trimSiteStylesheets(root, await htmlPages(root), usage);
  const guide = trim.guide
    ? `; a guide's: ${formatFileSize(trim.guide.before, 'en')} -> ${formatFileSize(trim.guide.after, 'en')} (${formatFileSize(trim.guide.beforeGzip, 'en')} -> ${formatFileSize(trim.guide.afterGzip, 'en')} compressed)`
    : '';
  log(`Stylesheets trimmed: ${trim.originals} as Astro wrote them -> ${trim.written} for the site's groups of pages${guide}, in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  await writeOfflinePacks(root, log);
}
