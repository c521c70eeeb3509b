/**
 * `npm run new -- <what> [<name>] [options]`: writes a new content file that passes the check.
 * `npm run new -- --help` lists what it creates and every option. In a terminal it asks for what is
 * missing; with --yes, or when not run in a terminal, it stops with a message instead.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { codeownersFor } from './codeowners-input.ts';
import { loadContent } from '../src/tooling/load-content.ts';
import {
  fieldQuestions,
  readScaffoldArguments,
  requireKind,
  scaffold,
  scaffoldKindDescriptions,
  scaffoldKinds,
  scaffoldUsage,
  ScaffoldError,
} from '../src/lib/scaffold.ts';

let prompt: ReturnType<typeof createInterface> | undefined;

try {
  const args = readScaffoldArguments(process.argv.slice(2));
  if (args.help) {
    console.log(scaffoldUsage());
  } else {
    // Questions only for a person at a terminal; anywhere else a missing field is an error message.
    const ask = async (question: string): Promise<string | undefined> => {
      if (args.yes || process.stdin.isTTY !== true) return undefined;
      prompt ??= createInterface({ input: process.stdin, output: process.stdout });
      return (await prompt.question(`${question}: `)).trim() || undefined;
    };
    const content = await loadContent(process.cwd());
    const clinicIds = content.clinics.map((clinic) => clinic.id).sort();
    const kind = args.kind ?? requireKind(await ask(`What do you want to create (${scaffoldKinds.join(', ')})`));
    const fields = { ...args.fields };
    for (const field of scaffoldKindDescriptions[kind].needs) {
      const choices = field === 'clinic' && clinicIds.length > 0 ? ` (${clinicIds.join(', ')})` : '';
      fields[field] ??= await ask(`${fieldQuestions[field]}${choices}`);
    }
    const result = scaffold(
      { kind, ...fields },
      {
        today: new Date(),
        clinicIds,
        readSource: (path) => content.docs.find((doc) => doc.path === path)?.text ?? (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
        exists: existsSync,
      },
    );
    mkdirSync(dirname(result.path), { recursive: true });
    writeFileSync(result.path, result.text, { flag: 'wx' });
    console.log(result.path);
    for (const replaced of result.replaces ?? []) {
      rmSync(replaced);
      console.log(`${replaced} (deleted: its facts are now in ${result.path})`);
    }
    // What `npm run codeowners` does, for a project whose package.json names its maintainers.
    const pkg = existsSync('package.json') ? (JSON.parse(readFileSync('package.json', 'utf8')) as { atlas?: { maintainers?: string } }) : {};
    if (result.rewritesCodeowners && pkg.atlas?.maintainers) {
      const codeowners = await codeownersFor(process.cwd(), pkg);
      if (!existsSync('.github/CODEOWNERS') || readFileSync('.github/CODEOWNERS', 'utf8') !== codeowners) {
        mkdirSync('.github', { recursive: true });
        writeFileSync('.github/CODEOWNERS', codeowners);
        console.log('.github/CODEOWNERS (updated: it names the clinic that reviews each country; commit it too)');
      }
    }
  }
} catch (error) {
  // Ctrl+C or Ctrl+D at a question: the person chose to stop.
  const stopped = error instanceof Error && error.name === 'AbortError';
  if (!(error instanceof ScaffoldError) && !stopped) throw error;
  console.error(stopped ? '\nStopped: nothing was written.' : error.message);
  process.exitCode = 1;
} finally {
  prompt?.close();
}
