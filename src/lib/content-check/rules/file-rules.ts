import type { Diagnostic } from '../../content/diagnostic.ts';
import type { ContentLayer } from '../../content/records.ts';
import { locales } from '../../../locales.ts';
import { findBadNames, findCaseCollisions } from '../file-names.ts';
import { publicFileProblems } from '../public-files.ts';
import { error } from './report.ts';

export const symbolicLinkMessage =
  'This is a link to another file or folder (a "symbolic link"), not a file of its own: the site would read or publish whatever it points at. Replace the link with the file itself.';

/** Names under content/ and public/, names anywhere that clash by case, and links. */
export function fileNameRules(layer: ContentLayer): Diagnostic[] {
  const uiStringFiles = new Set(Object.values(locales).map(({ lang }) => `${lang}.json`));
  return [
    ...layer.links.map((file) => ({ file, message: symbolicLinkMessage })),
    ...findBadNames(layer.contentAndPublicPaths, uiStringFiles),
    ...findCaseCollisions(layer.repositoryPaths),
  ].map((finding) => error(finding.file, 1, 1, finding.message));
}

/** Every file in public/, hidden ones too: each is published from the site's own address. */
export function publicFileRules(layer: ContentLayer): Diagnostic[] {
  return layer.publicFiles.flatMap((file) => publicFileProblems(file.path, file.content).map((message) => error(file.path, 1, 1, message)));
}
