/**
 * Mozilla's add-on linter (web-ext lint) over the Firefox build: no errors, no notices, no warnings. React
 * DOM's `dangerouslySetInnerHTML` assignment, which the linter would report, is replaced by a throw at build
 * time (wxt.config.ts); this also checks that Homeward's source never uses that prop, which would now throw.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dir = resolve(process.env.HOMEWARD_OUT_DIR ?? '.output', 'firefox-mv2');

interface Finding {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface Report {
  errors: Finding[];
  warnings: Finding[];
  notices: Finding[];
}

function run(): Report {
  try {
    return JSON.parse(execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], { encoding: 'utf8' })) as Report;
  } catch (error) {
    // web-ext exits non-zero on errors; its report is still on stdout.
    const stdout = (error as { stdout?: string }).stdout;
    if (!stdout) throw error;
    return JSON.parse(stdout) as Report;
  }
}

function sourceUsesDangerouslySetInnerHtml(folder: string): string[] {
  const hits: string[] = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) hits.push(...sourceUsesDangerouslySetInnerHtml(path));
    else if (/\.(tsx?|jsx?)$/.test(name) && readFileSync(path, 'utf8').includes('dangerouslySetInnerHTML')) hits.push(path);
  }
  return hits;
}

const report = run();
const used = ['components', 'entrypoints', 'lib', 'stores'].flatMap(sourceUsesDangerouslySetInnerHtml);
const failing = [...report.errors, ...report.notices, ...report.warnings];
for (const f of failing) console.error(`${f.code} ${f.file ?? ''}:${f.line ?? ''}:${f.column ?? ''} ${f.message}`);
for (const f of used) console.error(`dangerouslySetInnerHTML used in ${f}: the build replaces React's innerHTML assignment with a throw.`);
console.log(`web-ext lint ${dir}: ${report.errors.length} errors, ${report.notices.length} notices, ${report.warnings.length} warnings.`);
if (failing.length > 0 || used.length > 0) process.exit(1);
