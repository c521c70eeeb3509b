/**
 * `npm run locale-matrix`: the site's language codes as one line of JSON, for the deploy
 * workflow's build matrix (.github/workflows/deploy.yml). The matrix follows src/locales.ts, so
 * adding a language there adds a build runner, with no workflow to edit and none to forget.
 */
import { localeCodes } from '../src/locales.ts';

console.log(JSON.stringify(localeCodes));
