import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { atlasExport } from '../../lib/open-data.ts';
import { loadCountries } from '../../queries/countries.ts';

/** `/data/atlas.json`: every country and clinic, as structured data (schema: /data/schema.json). */
export const GET: APIRoute = async () => {
  const clinics = (await getCollection('clinics')).map((entry) => ({ id: entry.id, data: entry.data }));
  return new Response(`${JSON.stringify(atlasExport(await loadCountries(), clinics), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
