import type { Locale } from '../../src/locales.ts';

/**
 * What migrants type into the search box, per language, and the page or pages that must come in
 * the first three results. Single words, two words, a country with a topic, with and without
 * accents and articles, everyday words that only a page's `keywords` give. Paths are after the
 * language: `guides/health-care-asylum-seekers` is `/<lang>/guides/health-care-asylum-seekers/`.
 *
 * A status alone ("asylum") also finds the rights navigator's answers for that status in each
 * country, which are good answers too: such queries expect only the guide that must lead.
 *
 * When a query fails, first ask whether a reader would really type it; if so, add the word to the
 * `keywords` of the page that answers it.
 */
export interface SearchQuery {
  query: string;
  /** Pages expected in the top three; the first result must be one of them to count as a top-1 hit. */
  expect: readonly string[];
}

const health = 'guides/health-care-asylum-seekers';
const working = 'guides/working-while-asylum-claim-pending';
const socialSecurity = 'guides/what-is-social-security';
const moving = 'guides/moving-to-another-eu-country-contributions';
const checklist = 'toolkits/intake-checklist';
const letter = 'toolkits/letter-requesting-written-decision';
const italy = 'countries/it';
const germany = 'countries/de';
const spain = 'countries/es';
const about = 'about';

export const searchQueries: Record<Locale, readonly SearchQuery[]> = {
  en: [
    { query: 'model letter', expect: [letter] },
    { query: 'asylum seeker Germany', expect: ['rights/de/asylum-seeker'] },
    { query: 'doctor', expect: [health] },
    { query: 'asylum health', expect: [health] },
    { query: 'the asylum seekers health care', expect: [health] },
    { query: 'work permit asylum', expect: [working] },
    { query: 'Germany', expect: [germany] },
    { query: 'Italy unemployment', expect: [italy] },
    { query: 'Spain hospital', expect: [spain] },
    { query: 'pension', expect: [socialSecurity, moving] },
    { query: 'social security', expect: [socialSecurity] },
    { query: 'moving country contributions', expect: [moving] },
    { query: 'U1 form', expect: [moving] },
    { query: 'letter decision', expect: [letter] },
    { query: 'checklist', expect: [checklist] },
    { query: 'privacy', expect: [about] },
  ],
  fr: [
    { query: 'modele de lettre', expect: [letter] },
    { query: 'réfugié Italie', expect: ['rights/it/refugee'] },
    { query: 'asile', expect: [health] },
    { query: 'médecin', expect: [health] },
    { query: 'medecin', expect: [health] },
    { query: 'Allemagne asile', expect: [germany] },
    { query: 'l’asile travail', expect: [working] },
    { query: "demandeur d'asile travail", expect: [working] },
    { query: 'Italie chômage', expect: [italy] },
    { query: 'espagne chomage', expect: [spain] },
    { query: 'retraite', expect: [socialSecurity, moving] },
    { query: 'sécurité sociale', expect: [socialSecurity] },
    { query: 'changer de pays cotisations', expect: [moving] },
    { query: 'lettre décision', expect: [letter] },
    { query: 'liste de contrôle', expect: [checklist] },
    { query: 'vie privée', expect: [about] },
  ],
  es: [
    { query: 'plantilla', expect: [letter] },
    { query: 'solicitante de asilo España', expect: ['rights/es/asylum-seeker'] },
    { query: 'asilo', expect: [health] },
    { query: 'médico', expect: [health] },
    { query: 'medico', expect: [health] },
    { query: 'Alemania asilo', expect: [germany] },
    { query: 'trabajar asilo', expect: [working] },
    { query: 'Italia paro', expect: [italy] },
    { query: 'españa sanidad', expect: [spain] },
    { query: 'jubilacion', expect: [socialSecurity, moving] },
    { query: 'la seguridad social', expect: [socialSecurity] },
    { query: 'cambiar de pais cotizaciones', expect: [moving] },
    { query: 'carta resolución', expect: [letter] },
    { query: 'lista de comprobación', expect: [checklist] },
    { query: 'privacidad', expect: [about] },
  ],
  pt: [
    { query: 'carta modelo', expect: [letter] },
    { query: 'refugiado Itália', expect: ['rights/it/refugee'] },
    { query: 'asilo', expect: [health] },
    { query: 'médico', expect: [health] },
    { query: 'medico', expect: [health] },
    { query: 'Alemanha asilo', expect: [germany] },
    { query: 'trabalhar asilo', expect: [working] },
    { query: 'Itália desemprego', expect: [italy] },
    { query: 'espanha saude', expect: [spain] },
    { query: 'reforma', expect: [socialSecurity, moving] },
    { query: 'a segurança social', expect: [socialSecurity] },
    { query: 'mudar de pais contribuições', expect: [moving] },
    { query: 'carta decisão', expect: [letter] },
    { query: 'lista de verificação', expect: [checklist] },
    { query: 'privacidade', expect: [about] },
  ],
  ru: [
    { query: 'образец письма', expect: [letter] },
    { query: 'беженец Германия', expect: ['rights/de/refugee'] },
    { query: 'убежище', expect: [health] },
    { query: 'врач', expect: [health] },
    { query: 'Германия убежище', expect: [germany] },
    { query: 'работа убежище', expect: [working] },
    { query: 'Италия безработица', expect: [italy] },
    { query: 'испания медицинская помощь', expect: [spain] },
    { query: 'пенсия', expect: [socialSecurity, moving] },
    { query: 'социальное обеспечение', expect: [socialSecurity] },
    { query: 'переезд взносы', expect: [moving] },
    { query: 'письмо решение', expect: [letter] },
    { query: 'контрольный список', expect: [checklist] },
    { query: 'конфиденциальность', expect: [about] },
    { query: 'больничный', expect: [socialSecurity] },
  ],
  ar: [
    { query: 'نموذج خطاب', expect: [letter] },
    { query: 'طالب لجوء ألمانيا', expect: ['rights/de/asylum-seeker'] },
    { query: 'لجوء', expect: [health] },
    { query: 'طبيب', expect: [health] },
    { query: 'ألمانيا لجوء', expect: [germany] },
    { query: 'المانيا', expect: [germany] },
    { query: 'العمل اللجوء', expect: [working] },
    { query: 'إيطاليا بطالة', expect: [italy] },
    { query: 'إسبانيا علاج', expect: [spain] },
    { query: 'تقاعد', expect: [socialSecurity, moving] },
    { query: 'الضمان الاجتماعي', expect: [socialSecurity] },
    { query: 'والضمان الاجتماعي', expect: [socialSecurity] },
    { query: 'نقل الاشتراكات', expect: [moving] },
    { query: 'رسالة قرار', expect: [letter] },
    { query: 'قائمة تحقق', expect: [checklist] },
    { query: 'خصوصية', expect: [about] },
  ],
  zh: [
    { query: '范文', expect: [letter] },
    { query: '德国 难民', expect: ['rights/de/refugee'] },
    { query: '庇护', expect: [working] },
    { query: '看病', expect: [health] },
    { query: '医生', expect: [health] },
    { query: '德国 庇护', expect: [germany] },
    { query: '庇护 工作', expect: [working] },
    { query: '意大利 失业', expect: [italy] },
    { query: '西班牙 医疗', expect: [spain] },
    { query: '退休金', expect: [socialSecurity, moving] },
    { query: '社会保障', expect: [socialSecurity] },
    { query: '社保转移', expect: [moving] },
    { query: '信函 决定', expect: [letter] },
    { query: '核对清单', expect: [checklist] },
    { query: '隐私', expect: [about] },
  ],
  // Ukrainian and Persian have the guides and fact sheets of Italy and Germany, and the navigator.
  uk: [
    { query: 'лікар притулок', expect: [health] },
    { query: 'медична допомога притулок', expect: [health] },
    { query: 'дозвіл на роботу', expect: [working] },
    { query: 'Італія безробіття', expect: [italy] },
    { query: 'Німеччина', expect: [germany] },
    { query: 'шукач притулку Німеччина', expect: ['rights/de/asylum-seeker'] },
    { query: 'біженець Італія', expect: ['rights/it/refugee'] },
    { query: 'тимчасовий захист Німеччина', expect: ['rights/de/temporary-protection'] },
    { query: 'Іспанія біженець', expect: ['rights/es/refugee'] },
    { query: 'джобцентр', expect: [germany] },
    { query: 'ліки', expect: [health] },
    { query: 'зарплата', expect: [working] },
  ],
  fa: [
    { query: 'داکتر پناهندگی', expect: [health] },
    { query: 'مراقبت پزشکی پناهندگی', expect: [health] },
    { query: 'اجازه کار', expect: [working] },
    { query: 'ایتالیا بیکاری', expect: [italy] },
    { query: 'آلمان', expect: [germany] },
    { query: 'پناهجو آلمان', expect: ['rights/de/asylum-seeker'] },
    { query: 'پناهنده ایتالیا', expect: ['rights/it/refugee'] },
    { query: 'حمایت موقت آلمان', expect: ['rights/de/temporary-protection'] },
    { query: 'اسپانیا پناهنده', expect: ['rights/es/refugee'] },
    { query: 'شفاخانه', expect: [health, italy, germany] },
    { query: 'دوا', expect: [health] },
    { query: 'معاش', expect: [working] },
  ],
};
