import { z } from 'astro/zod';
import { countrySchema } from './country.ts';
import { clinicSchema } from './clinic.ts';
import { countryCodeSchema, idSchema } from './common.ts';

/**
 * `/data/atlas.json`: every country and clinic, as the content files state them, with dates
 * written YYYY-MM-DD. It is parsed by the same schemas as the content, so `/data/schema.json`
 * (generated from this) describes exactly what the content check accepts.
 */
export const atlasExportSchema = z.object({
  licence: z.string().describe('The licence of the data.'),
  countries: z.array(countrySchema.extend({ code: countryCodeSchema })),
  clinics: z.array(clinicSchema.extend({ id: idSchema })),
});

export type AtlasExport = z.input<typeof atlasExportSchema>;

/** JSON Schema (draft 2020-12) of `/data/atlas.json`. */
export function atlasJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(atlasExportSchema, {
    io: 'input',
    unrepresentable: 'any',
    // Dates are exported as text; the schema accepts what the export writes.
    override: (context) => {
      const def = (context.zodSchema as { _zod: { def: { type: string } } })._zod.def;
      if (def.type === 'date') Object.assign(context.jsonSchema, { type: 'string', format: 'date' });
    },
  }) as Record<string, unknown>;
}
