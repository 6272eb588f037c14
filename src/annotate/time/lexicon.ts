/** Words of the English calendar and counting, as regex sources and lookups. */

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Month names; capitalised only, since "may" and "march" are also common words. */
export const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)';

export function monthNumber(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? 0;
}

export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

export const WEEKDAY_RE = '(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)';

export function weekdayNumber(word: string): number {
  return WEEKDAYS[word.toLowerCase().replace(/\.$/, '').replace(/'s$/, '')] ?? 0;
}

const SMALL: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, 'a hundred': 100, 'one hundred': 100, 'a couple of': 2, 'a couple': 2, 'couple of': 2,
  couple: 2, 'a dozen': 12, dozen: 12, half: 0.5, 'a half': 0.5,
};

const VAGUE = new Set(['several', 'a few', 'few', 'many', 'some', 'a number of', 'numerous', 'multiple']);

const WORD_NUMBER =
  '(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten) thousand|a hundred|one hundred|a couple of|a couple|couple of|a dozen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|' +
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|dozen|a|an)';

/** A count: digits, words, or a vague quantifier ("several"). */
export const COUNT_RE = `(?:\\d+(?:\\.\\d+)?(?:\\s+\\d/\\d)?|${WORD_NUMBER}|several|a few|few|many|a number of|numerous|multiple)`;

/** The numeric value of a count, NaN for a vague one ("several"), undefined when unreadable. */
export function countValue(raw: string): number | undefined {
  const s = raw.toLowerCase().trim();
  if (VAGUE.has(s)) return NaN;
  const frac = /^(\d+)\s+(\d)\/(\d)$/.exec(s);
  if (frac) return Number(frac[1]) + Number(frac[2]) / Number(frac[3]);
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  if (s in SMALL) return SMALL[s];
  const thousands = /^(\w+) thousand$/.exec(s);
  if (thousands && thousands[1] in SMALL) return SMALL[thousands[1]] * 1000;
  const compound = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](\w+)$/.exec(s);
  if (compound && compound[2] in SMALL) return SMALL[compound[1]] + SMALL[compound[2]];
  return undefined;
}

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

export const UNIT_RE = '(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|century|centuries)';

export function unitOf(word: string): Unit {
  const w = word.toLowerCase();
  if (w.startsWith('centur')) return 'century';
  return w.replace(/s$/, '') as Unit;
}

/** The TimeML duration for a count of units; NaN counts give "X" (PXY). */
export function durationValue(count: number, unit: Unit): string {
  const timePart = unit === 'second' || unit === 'minute' || unit === 'hour';
  const letter: Record<Unit, string> = {
    second: 'S', minute: 'M', hour: 'H', day: 'D', week: 'W', month: 'M', quarter: 'Q', year: 'Y', decade: 'Y', century: 'Y',
  };
  let n = count;
  if (unit === 'decade') n = count * 10;
  if (unit === 'century') n = count * 100;
  const prefix = timePart ? 'PT' : 'P';
  if (Number.isNaN(n)) return `${prefix}X${unit === 'decade' ? 'DE' : unit === 'century' ? 'CE' : letter[unit]}`;
  if (!Number.isInteger(n)) {
    // "two and a half years" -> P2Y6M, "1 1/2 hours" -> PT1H30M
    const whole = Math.floor(n);
    const sub: Partial<Record<Unit, [string, number]>> = { year: ['M', 12], hour: ['M', 60], day: ['TH', 24], minute: ['S', 60], month: ['D', 30], week: ['D', 7] };
    const s = sub[unit];
    if (s) {
      const rest = Math.round((n - whole) * s[1]);
      const head = whole ? `${whole}${letter[unit]}` : '';
      if (s[0] === 'TH') return `P${head}T${rest}H`;
      return `${prefix}${head}${rest}${s[0]}`;
    }
  }
  return `${prefix}${n}${letter[unit]}`;
}

export const SEASONS: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

export const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4,
};
