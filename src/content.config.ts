import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { pageFrontmatterSchema } from './schemas/page.ts';
import { countrySchema } from './schemas/country.ts';
import { countryTranslationSchema } from './schemas/country-translation.ts';
import { clinicSchema } from './schemas/clinic.ts';
import { standardsCountrySchema } from './schemas/ratifications.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { practiceSchema } from './schemas/practice.ts';
import { atlasStringsSchema } from './schemas/ui-strings.ts';
import { uiStringsLoader } from './tooling/ui-strings-loader.ts';

/**
 * Content lives at the top-level `content/` folder, where clinics find it, not under src/.
 * See DESIGN.md, "Stack notes".
 */
export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({ extend: pageFrontmatterSchema }),
  }),
  countries: defineCollection({
    loader: glob({ base: './content/countries', pattern: '[a-z][a-z].yaml' }),
    schema: countrySchema,
  }),
  // content/countries/<locale>/<iso2>.yaml: one language's translation of a country's prose.
  countryTranslations: defineCollection({
    loader: glob({ base: './content/countries', pattern: '*/[a-z][a-z].yaml' }),
    schema: countryTranslationSchema,
  }),
  // content/ratifications/<iso2>.yaml: ILO ratifications of countries without a country file.
  ratifications: defineCollection({
    loader: glob({ base: './content/ratifications', pattern: '[a-z][a-z].yaml' }),
    schema: standardsCountrySchema,
  }),
  // content/glossary/terms.yaml (English) and content/glossary/<locale>.yaml (its translations).
  glossary: defineCollection({
    loader: glob({ base: './content/glossary', pattern: 'terms.yaml' }),
    schema: glossarySchema,
  }),
  glossaryTranslations: defineCollection({
    loader: glob({ base: './content/glossary', pattern: '[a-z][a-z].yaml' }),
    schema: countryTranslationSchema,
  }),
  // content/practices/<id>.yaml, and their translations in content/practices/translations/<locale>.yaml.
  practices: defineCollection({
    loader: glob({ base: './content/practices', pattern: '*.yaml' }),
    schema: practiceSchema,
  }),
  practiceTranslations: defineCollection({
    loader: glob({ base: './content/practices/translations', pattern: '[a-z][a-z].yaml' }),
    schema: countryTranslationSchema,
  }),
  clinics: defineCollection({
    loader: glob({ base: './content/clinics', pattern: '*.yaml' }),
    schema: clinicSchema,
  }),
  i18n: defineCollection({
    loader: uiStringsLoader('./content/i18n'),
    schema: i18nSchema({ extend: atlasStringsSchema }),
  }),
};
