import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { delimiter, dirname, join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../support/project-copy.ts';
import { englishTitle } from '../support/content-pages.ts';
import { writeHostileMdxPage } from '../support/hostile-mdx.ts';

/**
 * A maintainer reviews a pull request by running `npm run dev` on it. The dev server compiles
 * pages one at a time, without the content check the build runs first: these tests prove it
 * still refuses an unsafe page before compiling it, so nothing in the page runs.
 */
describe('a hostile pull request opened with `npm run dev`', () => {
  const normalPage = '/en/guides/health-care-asylum-seekers/';
  let copy: string | undefined;
  let server: DevServer | undefined;
  let marker = '';

  beforeAll(async () => {
    copy = await copyProject('dev-mode');
    marker = await writeHostileMdxPage(copy);
    server = await startDevServer(copy);
  }, 240_000);

  afterAll(async () => {
    await server?.stop();
    if (copy) await rm(copy, { recursive: true, force: true });
  });

  it("serves the site's own pages", async () => {
    const response = await fetch(server!.origin + normalPage);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(englishTitle('guides/health-care-asylum-seekers'));
  });

  it('refuses the hostile MDX page before compiling it: nothing runs, and the terminal names the file and line', async () => {
    const response = await fetch(server!.origin + '/en/guides/hostile/');
    await response.text();
    expect(existsSync(marker), 'the page was compiled and its code ran').toBe(false);
    expect(response.status).toBe(500);
    await expect
      .poll(() => server!.output(), { timeout: 15_000 })
      .toContain('content/docs/en/guides/hostile.mdx:5:1  error  Pages may not contain "import" or "export" lines');
    expect(server!.output()).toContain('content/docs/en/guides/hostile.mdx:8:7  error  Text in curly braces {…} is JavaScript');
  });

  it('serves no page while a Markdown page holds a script, and serves them again once it is gone', async () => {
    // Markdown is turned into HTML when the content changes, not when a page is compiled: any page
    // may show it (untranslated pages show the English one), so the server holds every page back.
    const hostileMarkdown = join(copy!, 'content/docs/en/guides/hostile-html.md');
    await writeFile(
      hostileMarkdown,
      ['---', 'title: Innocent too', 'kind: page', '---', 'Hello', '', "<script>document.title = 'stolen'</script>", ''].join('\n'),
    );
    for (const path of ['/en/guides/hostile-html/', '/fr/guides/hostile-html/', normalPage]) {
      const response = await fetch(server!.origin + path);
      const body = await response.text();
      expect(response.status, path).toBe(500);
      expect(response.headers.get('content-type'), path).toMatch(/^text\/plain/);
      expect(body, path).toContain('content/docs/en/guides/hostile-html.md:7:1  error  ');
      expect(body, path).not.toContain('document.title');
    }

    await unlink(hostileMarkdown);
    const response = await fetch(server!.origin + normalPage);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(englishTitle('guides/health-care-asylum-seekers'));
  });

  it('serves no page while a page is a link to another file, even one that appears while the server runs', async () => {
    // A link makes Vite load the file it points at under that file's name, out of the page
    // rules' sight: here an .astro file whose frontmatter is both YAML and JavaScript.
    const linkMarker = join(copy!, 'stolen-by-link.txt');
    const target = join(copy!, 'src/components/Innocent.astro');
    const link = join(copy!, 'content/docs/en/guides/linked.mdx');
    await writeFile(
      target,
      [
        '---',
        'title: "Innocent"',
        'kind: page',
        `export const leak = ({a: 1}, process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(linkMarker)}, 'x'))`,
        '---',
        '',
      ].join('\n'),
    );
    await symlink(relative(dirname(link), target), link);
    // The content layer notices the new page a moment later; until then the address is unknown.
    await expect.poll(() => statusOf(server!.origin + '/en/guides/linked/'), { timeout: 15_000 }).not.toBe(404);
    const response = await fetch(server!.origin + '/en/guides/linked/');
    const body = await response.text();
    expect(existsSync(linkMarker), 'the linked file was compiled and its code ran').toBe(false);
    expect(response.status).toBe(500);
    expect(body).toContain('content/docs/en/guides/linked.mdx:1:1  error  This is a link to another file');

    await unlink(link);
    expect(await statusOf(server!.origin + normalPage)).toBe(200);
  });

  it('leaves no process behind when the server stops', async () => {
    await server!.stop();
    expect(server!.running()).toBe(false);
  });
});

interface DevServer {
  readonly origin: string;
  /** Everything the server printed so far, without colour codes. */
  output(): string;
  /** Whether any process of the server's process group is still alive. */
  running(): boolean;
  stop(): Promise<void>;
}

/** `astro dev` in `cwd`, in a process group of its own so that stopping it stops every process it started. */
async function startDevServer(cwd: string): Promise<DevServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const bin = join(cwd, 'node_modules', '.bin');
  const child = spawn(join(bin, 'astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      // Without vitest's variables: Astro serves no pages when it believes vitest runs it
      // (astro/dist/vite-plugin-astro-server/plugin.js), and NODE_ENV=test turns off its reloading.
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV')),
      // node_modules/.bin first: `astro` starts with `#!/usr/bin/env node`, and the project's own
      // Node (the `node` dev dependency) is the one Astro supports.
      PATH: `${bin}${delimiter}${process.env['PATH'] ?? ''}`,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  let printed = '';
  child.stdout!.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const group = child.pid!;

  const running = () => isGroupAlive(group);
  const stop = async () => {
    if (!running()) return;
    signalGroup(group, 'SIGTERM');
    await Promise.race([exited, sleep(10_000)]);
    for (let i = 0; i < 50 && running(); i++) await sleep(100);
    if (running()) signalGroup(group, 'SIGKILL');
    for (let i = 0; i < 50 && running(); i++) await sleep(100);
  };

  try {
    await waitUntilServing(origin, child);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${stripVTControlCharacters(printed)}`);
  }
  return { origin, output: () => stripVTControlCharacters(printed), running, stop };
}

/** Startup takes 5 to 60 seconds on a two-core machine: ask until the server answers, or gives up. */
async function waitUntilServing(origin: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error('`astro dev` stopped before it served a page.');
    const answered = await fetch(origin + '/', { signal: AbortSignal.timeout(60_000) }).then(
      async (response) => (await response.arrayBuffer(), true),
      () => false,
    );
    if (answered) return;
    await sleep(500);
  }
  throw new Error('`astro dev` did not answer within three minutes.');
}

async function statusOf(address: string): Promise<number> {
  const response = await fetch(address);
  await response.arrayBuffer();
  return response.status;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No free port.'))));
    });
  });
}

function signalGroup(group: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-group, signal);
  } catch {
    // The group is already gone.
  }
}

/** Signal 0 tests for existence without signalling: it fails once no process of the group is left. */
function isGroupAlive(group: number): boolean {
  try {
    process.kill(-group, 0);
    return true;
  } catch {
    return false;
  }
}
