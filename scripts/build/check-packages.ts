/**
 * Checks the store packages that `npm run zip` wrote to .output/: the Chrome Web Store zip, the
 * addons.mozilla.org zip and the AMO sources zip.
 * - each extension's manifest has package.json's version and no host access granted up front
 *   (`<all_urls>` is granted only in the GIST_E2E test build; shipped, it stays optional);
 * - neither extension zip holds source maps, tests or .env files, nor a sourceMappingURL;
 * - the sources hold no node_modules, build output, test results, .env or source maps;
 * - with --rebuild, the sources, unzipped alone and built with the README's commands
 *   (`npm ci && npm run build`), give the same files, byte for byte, as both extension zips.
 * Prints every problem and exits 1 when there is one.
 * Usage: npm run check:packages -- [--rebuild]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { unzipSync } from 'fflate';

type Files = Record<string, Uint8Array>;

const ROOT = resolve(import.meta.dirname, '../..');
const { values: options } = parseArgs({ options: { rebuild: { type: 'boolean', default: false } } });
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const zipPath = (suffix: string) => join(ROOT, '.output', `${pkg.name}-${pkg.version}-${suffix}.zip`);
const problems: string[] = [];

const TEST_FILE = /(?:^|\/)(?:tests?|__tests__|e2e)\/|\.(?:test|spec|e2e)\.[jt]sx?$/u;
const ENV_FILE = /(?:^|\/)\.env(?:\.|$)/u;
const SOURCE_MAP = /\.map$/u;

function readZip(path: string): Files | null {
  try {
    return unzipSync(readFileSync(path));
  } catch (error) {
    problems.push(`${relative(ROOT, path)}: cannot be read (${(error as Error).message}); run npm run zip first`);
    return null;
  }
}

function checkExtension(label: string, files: Files): void {
  const manifestFile = files['manifest.json'];
  if (!manifestFile) {
    problems.push(`${label}: no manifest.json at the top of the zip`);
    return;
  }
  const manifest = JSON.parse(new TextDecoder().decode(manifestFile)) as { version?: string; host_permissions?: string[]; permissions?: string[] };
  if (manifest.version !== pkg.version) problems.push(`${label}: manifest version ${manifest.version}, package.json ${pkg.version}`);
  // MV3 grants hosts in host_permissions; MV2 (Firefox) in permissions. Only the optional lists may name them.
  const granted = [...(manifest.host_permissions ?? []), ...(manifest.permissions ?? []).filter((p) => p.includes('://') || p === '<all_urls>')];
  if (granted.length > 0) problems.push(`${label}: host access granted up front (${granted.join(', ')}), as only the test build may`);
  for (const [name, bytes] of Object.entries(files)) {
    if (SOURCE_MAP.test(name) || TEST_FILE.test(name) || ENV_FILE.test(name)) problems.push(`${label}: holds ${name}`);
    if (name.endsWith('.js') && new TextDecoder().decode(bytes).includes('sourceMappingURL=')) problems.push(`${label}: ${name} points to a source map`);
  }
}

function checkSources(files: Files): void {
  const forbidden = /^(?:node_modules|\.output|\.wxt|\.git|test-results|bench-results)\/|(?:^|\/)\.env(?:\.|$)|\.map$|\.log$/u;
  for (const name of Object.keys(files)) if (forbidden.test(name)) problems.push(`sources: holds ${name}`);
  for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'README.md']) {
    if (!files[needed]) problems.push(`sources: no ${needed}`);
  }
}

function filesUnder(dir: string): Files {
  const files: Files = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files[relative(dir, path).split('\\').join('/')] = readFileSync(path);
    }
  }
  return files;
}

function compare(label: string, shipped: Files, rebuilt: Files): void {
  const names = new Set([...Object.keys(shipped), ...Object.keys(rebuilt)]);
  for (const name of [...names].sort()) {
    const [a, b] = [shipped[name], rebuilt[name]];
    if (!a) problems.push(`${label}: the rebuild has ${name}, the zip does not`);
    else if (!b) problems.push(`${label}: the zip has ${name}, the rebuild does not`);
    else if (Buffer.compare(Buffer.from(a), Buffer.from(b)) !== 0) problems.push(`${label}: ${name} differs from the rebuild`);
  }
}

/** Unzips the sources alone in a temporary folder and builds them as the README says. */
function rebuildFromSources(sources: Files): string {
  const dir = mkdtempSync(join(tmpdir(), 'gist-sources-'));
  for (const [name, bytes] of Object.entries(sources)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  const run = (args: string[]) => execFileSync('npm', args, { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, GIST_E2E: '' } });
  run(['ci', '--no-audit', '--no-fund', '--prefer-offline']);
  run(['run', 'build']);
  return dir;
}

const chrome = readZip(zipPath('chrome'));
const firefox = readZip(zipPath('firefox'));
const sources = readZip(zipPath('sources'));
if (chrome) checkExtension('chrome zip', chrome);
if (firefox) checkExtension('firefox zip', firefox);
if (sources) checkSources(sources);
if (options.rebuild && chrome && firefox && sources) {
  const dir = rebuildFromSources(sources);
  compare('chrome zip', chrome, filesUnder(join(dir, '.output/chrome-mv3')));
  compare('firefox zip', firefox, filesUnder(join(dir, '.output/firefox-mv2')));
  rmSync(dir, { recursive: true, force: true });
}

for (const problem of problems) console.error(problem);
const checked = `${[chrome, firefox, sources].filter(Boolean).length} zips checked${options.rebuild ? ', the sources rebuilt and compared' : ''}`;
console.log(problems.length ? `${checked}: ${problems.length} problems` : `${checked}: all good`);
process.exitCode = problems.length ? 1 : 0;
