import type { Confidence } from '../findings';

/**
 * Turkish public holidays (Law 2429) and the religious holidays (bayram) per year.
 * Message keys for the names live in `locales/<lang>/rules.json`.
 */
export const HOLIDAY_NAME_KEYS = [
  'holiday.newYear',
  'holiday.nationalSovereignty',
  'holiday.labourDay',
  'holiday.youthAndSports',
  'holiday.democracyAndNationalUnity',
  'holiday.victory',
  'holiday.republicEve',
  'holiday.republic',
  'holiday.ramadanFeastEve',
  'holiday.ramadanFeast',
  'holiday.sacrificeFeastEve',
  'holiday.sacrificeFeast',
] as const;
export type HolidayNameKey = (typeof HOLIDAY_NAME_KEYS)[number];

export interface CalendarSource {
  readonly reference: string;
  readonly url: string;
  readonly confidence: Confidence;
  readonly note?: string;
}

export interface FixedHoliday {
  /** 1-based month and day. */
  readonly month: number;
  readonly day: number;
  readonly name: HolidayNameKey;
  /** Offices close at 13:00; the day still counts as a working day. */
  readonly halfDay: boolean;
}

export const FIXED_HOLIDAYS_SOURCE: CalendarSource = {
  reference: 'Law 2429 on national holidays and general holidays, arts. 1–2',
  url: 'https://www.mevzuat.gov.tr/MevzuatMetin/1.5.2429.pdf',
  confidence: 'official-copy',
};

export const FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  { month: 1, day: 1, name: 'holiday.newYear', halfDay: false },
  { month: 4, day: 23, name: 'holiday.nationalSovereignty', halfDay: false },
  { month: 5, day: 1, name: 'holiday.labourDay', halfDay: false },
  { month: 5, day: 19, name: 'holiday.youthAndSports', halfDay: false },
  { month: 7, day: 15, name: 'holiday.democracyAndNationalUnity', halfDay: false },
  { month: 8, day: 30, name: 'holiday.victory', halfDay: false },
  { month: 10, day: 28, name: 'holiday.republicEve', halfDay: true },
  { month: 10, day: 29, name: 'holiday.republic', halfDay: false },
];

/** ISO dates (yyyy-MM-dd); the eve (arife) is a half day, `first`–`last` are full holidays. */
export interface Bayram {
  readonly eve: string;
  readonly first: string;
  readonly last: string;
}

export interface ReligiousHolidayYear {
  readonly year: number;
  readonly ramadanFeast: Bayram;
  readonly sacrificeFeast: Bayram;
  readonly source: CalendarSource;
}

const LIBRARY_URL = 'https://github.com/vacanza/holidays/blob/dev/holidays/countries/turkey.py';

const NEWS_SOURCE: CalendarSource = {
  reference:
    'Diyanet calendar as reported by haberturk, ekonomist and kayserigundem; agrees with the python-holidays library (turkey.py)',
  url: LIBRARY_URL,
  confidence: 'consultancy',
};

const LIBRARY_SOURCE: CalendarSource = {
  reference:
    'Diyanet İşleri Başkanlığı dini günler takvimi as reproduced by the python-holidays library (turkey.py)',
  url: LIBRARY_URL,
  confidence: 'consultancy',
  note: 're-check against Diyanet',
};

/**
 * Sources per year below (docs/sources.md#working-days). 2028–2030: Kurban Bayramı as
 * python-holidays lists it (5 May 2028, 24 Apr 2029, 13 Apr 2030). An earlier list's 3 May 2028
 * would make the Hijri year 1448 only 353 days long after 16 May 2027, which a lunar year cannot
 * be (354–355), so the library's dates are used. Re-check all of them against Diyanet.
 */
export const RELIGIOUS_HOLIDAYS: readonly ReligiousHolidayYear[] = [
  {
    year: 2025,
    ramadanFeast: { eve: '2025-03-29', first: '2025-03-30', last: '2025-04-01' },
    sacrificeFeast: { eve: '2025-06-05', first: '2025-06-06', last: '2025-06-09' },
    source: NEWS_SOURCE,
  },
  {
    year: 2026,
    ramadanFeast: { eve: '2026-03-19', first: '2026-03-20', last: '2026-03-22' },
    sacrificeFeast: { eve: '2026-05-26', first: '2026-05-27', last: '2026-05-30' },
    source: NEWS_SOURCE,
  },
  {
    year: 2027,
    ramadanFeast: { eve: '2027-03-08', first: '2027-03-09', last: '2027-03-11' },
    sacrificeFeast: { eve: '2027-05-15', first: '2027-05-16', last: '2027-05-19' },
    source: {
      ...LIBRARY_SOURCE,
      reference: 'python-holidays library (turkey.py), Diyanet-confirmed 1936–2032',
    },
  },
  {
    year: 2028,
    ramadanFeast: { eve: '2028-02-25', first: '2028-02-26', last: '2028-02-28' },
    sacrificeFeast: { eve: '2028-05-04', first: '2028-05-05', last: '2028-05-08' },
    source: LIBRARY_SOURCE,
  },
  {
    year: 2029,
    ramadanFeast: { eve: '2029-02-13', first: '2029-02-14', last: '2029-02-16' },
    sacrificeFeast: { eve: '2029-04-23', first: '2029-04-24', last: '2029-04-27' },
    source: LIBRARY_SOURCE,
  },
  {
    year: 2030,
    ramadanFeast: { eve: '2030-02-03', first: '2030-02-04', last: '2030-02-06' },
    sacrificeFeast: { eve: '2030-04-12', first: '2030-04-13', last: '2030-04-16' },
    source: LIBRARY_SOURCE,
  },
];

export const FIRST_COVERED_YEAR = 2025;
export const LAST_COVERED_YEAR = 2030;
