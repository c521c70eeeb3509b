import type { APIRoute } from 'astro';
import { atlasJsonSchema } from '../../schemas/open-data.ts';

/** `/data/schema.json`: the JSON Schema of atlas.json, generated from the content schemas. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(atlasJsonSchema(), null, 2)}\n`, { headers: { 'content-type': 'application/schema+json' } });
