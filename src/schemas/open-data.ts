import { z } from 'astro/zod';
import { countrySchema } from './country.ts';
import { clinicSchema } from './clinic.ts';
import { countryCodeSchema, idSchema } from './common.ts';

/**
 * The columns of the CSV downloads, in their published order. Scripts rely on it: change it only
 * with a new file name. Each column is documented on the data page (UI strings data.matrix.* and
 * data.ratifications.*).
 */
export const accessMatrixColumnNames = [
  'country',
  'country_name',
  'status',
  'branch',
  'level',
  'conditions',
  'waiting_period',
  'legal_basis',
  'source_url',
  'source_citation',
  'valid_as_of',
  'last_reviewed',
  'reviewed_by',
] as const;

export const ratificationColumnNames = ['country', 'country_name', 'convention', 'status', 'year', 'notes', 'source_url', 'last_reviewed'] as const;

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
