/**
 * `web-ext lint` over the Firefox build, failing on any error and on any warning that does not
 * come from a known library. Two libraries make the linter warn, and both are reviewed here:
 * - Preact's renderer assigns `innerHTML` for `dangerouslySetInnerHTML`, which our code never
 *   uses (page text is always rendered as text);
 * - zod probes whether `Function('')` is allowed, inside a try, to choose its fast path.
 * Each is recognised by the code around the flagged line, so a warning from our own code —
 * or a new one from a library — fails the check.
 *   npx tsx scripts/lint-firefox.ts [dir]    (default .output/firefox-mv2, built first)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

const KNOWN_LIBRARY_WARNINGS: readonly { code: string; library: string; signature: RegExp }[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    library: 'preact (dangerouslySetInnerHTML, unused by our code)',
    signature: /__html==\w+\.innerHTML\)\|\|\(\w+\.innerHTML=\w+\.__html\)/,
  },
  {
    code: 'DANGEROUS_EVAL',
    library: 'zod (probes whether Function is allowed)',
    signature: /try\{return Function\(``\),!0\}catch\{return!1\}/,
  },
];

const dir = path.resolve(process.argv[2] ?? '.output/firefox-mv2');
let output: string;
try {
  output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
} catch (error) {
  // web-ext exits non-zero when it finds errors; the JSON still says which.
  output = String((error as { stdout?: string }).stdout ?? '');
}
const report = JSON.parse(output) as {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
};

function fromKnownLibrary(warning: LintMessage): string | undefined {
  if (!warning.file) return undefined;
  const text = readFileSync(path.join(dir, warning.file), 'utf8');
  const lines = text.split('\n');
  const line = lines[(warning.line ?? 1) - 1] ?? '';
  const start = Math.max(0, (warning.column ?? 0) - 400);
  const around = line.slice(start, (warning.column ?? 0) + 400) || text;
  return KNOWN_LIBRARY_WARNINGS.find((known) => known.code === warning.code && known.signature.test(around))
    ?.library;
}

const ours: string[] = [];
for (const error of report.errors) ours.push(`error ${error.code} ${error.file ?? ''}: ${error.message}`);
for (const warning of report.warnings) {
  const library = fromKnownLibrary(warning);
  if (library) console.log(`library warning (${library}): ${warning.code} in ${warning.file}`);
  else ours.push(`warning ${warning.code} ${warning.file ?? ''}:${warning.line ?? ''}: ${warning.message}`);
}
for (const notice of report.notices)
  console.log(`notice ${notice.code} ${notice.file ?? ''}: ${notice.message}`);

if (ours.length > 0) {
  console.error(`web-ext lint: ${ours.length} problem(s) not from a known library:\n${ours.join('\n')}`);
  process.exit(1);
}
console.log(
  `web-ext lint: 0 errors, 0 warnings from our own code (${report.warnings.length} from known libraries).`,
);
