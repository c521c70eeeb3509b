/** One page of each kind, in a locale: what browser tests visit. */
export function pageKinds(locale: string): Record<string, string> {
  return {
    home: `/${locale}/`,
    guide: `/${locale}/guides/health-care-asylum-seekers/`,
    toolkit: `/${locale}/toolkits/letter-requesting-written-decision/`,
    factsheet: `/${locale}/countries/it/`,
    'guides list': `/${locale}/guides/`,
    compare: `/${locale}/compare/status/asylum-seeker/`,
    'countries side by side': `/${locale}/compare/countries/de-es-it/`,
    standards: `/${locale}/standards/`,
    data: `/${locale}/data/`,
    translations: `/${locale}/contribute/translations/`,
    contribute: `/${locale}/contribute/`,
    'all pages': `/${locale}/all-pages/`,
    'rights question': `/${locale}/rights/`,
    'rights answer': `/${locale}/rights/de/asylum-seeker/`,
    'what changed': `/${locale}/changes/`,
    'what changed in a country': `/${locale}/changes/it/`,
    glossary: `/${locale}/glossary/`,
    'good practices': `/${locale}/practices/`,
    'good practice': `/${locale}/practices/spain-morocco-social-security-agreement/`,
    clinics: `/${locale}/clinics/`,
    clinic: `/${locale}/clinics/turin-law-clinic/`,
    'join the network': `/${locale}/join/`,
  };
}
