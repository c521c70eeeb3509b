import { parse } from 'yaml';
import type { ContentFiles } from './read-content.ts';

/** A content file's frontmatter or data, read without validation, for reports. */
export interface ContentRecord {
  /** `en/guides/x` for pages, `countries/it` for country files. */
  id: string;
  path: string;
  body: string;
  data: Record<string, unknown>;
}

function parseLoosely(yaml: string | undefined): Record<string, unknown> {
  try {
    const data: unknown = parse(yaml ?? '');
    return data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  } catch {
    // A file that does not parse is reported by `npm run check`; reports skip its data.
    return {};
  }
}

export function pageRecords(content: ContentFiles): ContentRecord[] {
  return content.docs.map((doc) => ({ id: doc.id, path: doc.path, body: doc.body, data: parseLoosely(doc.yaml) }));
}

export function countryRecords(content: ContentFiles): ContentRecord[] {
  return content.countries.map((file) => ({ id: `countries/${file.id}`, path: file.path, body: '', data: parseLoosely(file.text) }));
}

/** Each clinic file's data, by clinic id (its file name). */
export function clinicData(content: ContentFiles): Map<string, Record<string, unknown>> {
  return new Map(content.clinics.map((file) => [file.id, parseLoosely(file.text)]));
}
