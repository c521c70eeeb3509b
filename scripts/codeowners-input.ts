import { loadContent } from '../src/tooling/load-content.ts';
import { codeowners, codeownersInput } from '../src/lib/codeowners.ts';

/** CODEOWNERS for the project at `root`, whose package.json names the maintainers' team. */
export async function codeownersFor(root: string, pkg: { atlas?: { maintainers?: string } }): Promise<string> {
  return codeowners(codeownersInput(await loadContent(root), pkg.atlas?.maintainers ?? '@maintainers'));
}
