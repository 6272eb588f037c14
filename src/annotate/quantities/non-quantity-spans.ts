import type { Range } from '../../model/span.js';

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;

/**
 * Digits that are not amounts: calendar dates, clock times, phone numbers, and labels such as
 * model designations ("F-16") or numbered items ("Resolution 2254"). The time annotator owns
 * dates and times; a phone number is contact debris. Each alternative is one kind of span.
 */
const NOT_AMOUNT = new RegExp(
  [
    // 24/01/2026, 2026-01-24, 24.01.2026, 1/24
    String.raw`\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}(?![\p{N}])`,
    String.raw`\d{1,2}/\d{1,2}(?![\p{N}/])`,
    // January 24, 2026 / Jan. 24 / 24 January 2026 / 24th of January
    String.raw`${MONTH}\s+${DAY}(?:,?\s+\d{4})?(?![\p{L}\p{N}])`,
    String.raw`${DAY}\s+(?:of\s+)?${MONTH}(?![\p{L}])(?:,?\s+\d{4})?`,
    // 18:46, 6.30pm, 10 a.m.
    String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?`,
    String.raw`\d{1,2}\.\d{2}\s?[ap]\.?m\.?(?![\p{L}])`,
    String.raw`\d{1,2}\s?[ap]\.?m\.?(?![\p{L}])`,
    // +256 713 137566, (555) 123-4567, 555-123-4567, long bare digit strings
    String.raw`\+\d[\d\s().\-]{6,}\d`,
    String.raw`\(\d{2,4}\)\s?\d{3,4}[\s\-]?\d{3,4}`,
    String.raw`\d{3}[\-\s.]\d{3}[\-\s.]\d{4}(?![\p{N}])`,
    String.raw`\d{7,}`,
    // F-16, Su-35, S-400, COVID-19, G20, mid-2020: digits glued to letters on the left (not a currency's, "$US1")
    String.raw`(?<=[\p{L}])(?<!\$(?:US|AU?|NZ))-?\d+(?:\.\d+)?`,
    // Numbered labels: Resolution 2254, Article 5, No. 10, Route 66
    String.raw`(?<![\p{L}])(?:Resolution|Article|Section|Chapter|Clause|Paragraph|Route|Highway|Flight|No\.|Nos\.|Number|Room|Gate|Platform|Phase|Block|Unit|Act|Decree|Law|Item|Page|Vol\.|Volume|Episode|Season|Channel|Level|Stage|Category|Grade|Class|Terminal|Bus|Line|Lot|Ward|District|Sector|Zone|Building|Apartment|Suite|Window|Case|Protocol|Version|Model|Mark|Type|Code|Post|Checkpoint|Camp|Brigade|Division|Battalion|Regiment|Corps|Army|Fleet|Squadron|Group|Team|Apollo|Windows|iPhone|Galaxy)\s+\d+[A-Za-z]?(?![\p{N}])`,
  ].join('|'),
  'giu',
);

/** Military clock times with a zone ("1846 EAT", "0600 GMT", "2300 hrs"): zone letters are upper case. */
const CLOCK_WITH_ZONE = /(?<![\p{L}\p{N}])(?:[01]\d|2[0-3])[0-5]\d\s?(?:hrs?(?![\p{L}])|hours(?! of)|[A-Z]{2,4}T(?![\p{L}])|UTC|GMT|Z(?![\p{L}])|local time)/gu;

/** Ranges of the sentence text (relative offsets) where no amount may start. */
export function nonQuantitySpans(sentence: string): Range[] {
  const spans: Range[] = [];
  NOT_AMOUNT.lastIndex = 0;
  for (let m = NOT_AMOUNT.exec(sentence); m; m = NOT_AMOUNT.exec(sentence)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) NOT_AMOUNT.lastIndex++;
  }
  CLOCK_WITH_ZONE.lastIndex = 0;
  for (let m = CLOCK_WITH_ZONE.exec(sentence); m; m = CLOCK_WITH_ZONE.exec(sentence)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

export function insideAny(spans: readonly Range[], start: number, end: number): boolean {
  for (const s of spans) if (start < s.end && end > s.start) return true;
  return false;
}
