/**
 * npm run check:figures — says which year-bound figures (minimum wage, card fee, permit fee
 * tariff) are due for a look today, and exits 1 when one is. Not part of `npm test`: the test
 * suite must pass on the same commit next year, so it never reads the real date.
 *
 *   npm run check:figures                 # today
 *   npm run check:figures -- --on 2027-01-02
 */
import { format } from 'date-fns';
import { dueFigures, YEAR_BOUND_TABLES } from '../src/domain/figure-freshness';
import { PENDING_CHECK_MAX_AGE_DAYS } from '../src/domain/yearly-figures';

function dayFromArguments(args: readonly string[]): Date {
  const at = args.indexOf('--on');
  if (at === -1) return new Date();
  const text = args[at + 1] ?? '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const date = new Date(year, month - 1, day);
  // new Date rolls 31.02 over to March; a real date survives the round trip.
  if (!match || date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    console.error(`--on wants a date as yyyy-MM-dd, got "${text}".`);
    process.exit(2);
  }
  return date;
}

const today = dayFromArguments(process.argv.slice(2));
const due = dueFigures(today);
const day = format(today, 'yyyy-MM-dd');

for (const table of YEAR_BOUND_TABLES) {
  const years = table.figures.map((figure) => figure.year).join(', ');
  const pending = table.pending.map((entry) => `${entry.year} (checked ${entry.checkedOn})`).join(', ');
  const state = due.some((entry) => entry.table === table) ? 'DUE' : 'ok ';
  console.log(
    `${state} ${table.name} — ${table.file}: figures for ${years}${pending ? `; not yet published: ${pending}` : ''}`,
  );
}

if (due.length === 0) {
  console.log(`\nOn ${day} every year-bound figure is covered.`);
  process.exit(0);
}
console.log(`\nOn ${day} these need a look:`);
for (const { table, years } of due) {
  console.log(
    `- ${table.name} for ${years.join(', ')}: add the figure with its source to ${table.file}, or record a ` +
      `"not published yet" check dated today (it excuses the gap for ${PENDING_CHECK_MAX_AGE_DAYS} days).`,
  );
}
process.exit(1);
