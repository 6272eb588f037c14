/** News agencies whose copy is syndicated; a bare credit such as "(AP)" names one of these. */
const WIRES: Record<string, string> = {
  ap: 'Associated Press', 'associated press': 'Associated Press', reuters: 'Reuters', afp: 'AFP',
  'agence france-presse': 'AFP', 'agence france presse': 'AFP', bloomberg: 'Bloomberg', xinhua: 'Xinhua',
  upi: 'UPI', dpa: 'dpa', ani: 'ANI', pti: 'PTI', efe: 'EFE', ansa: 'ANSA', tass: 'TASS', 'press association': 'PA',
  kyodo: 'Kyodo', yonhap: 'Yonhap', anadolu: 'Anadolu Agency', 'anadolu agency': 'Anadolu Agency',
};

export interface CreditLine {
  publisher: string;
  start: number;
  end: number;
}

/**
 * Credit lines that mark a syndicated copy. Each pattern names the original publisher; the
 * patterns are about how credits are phrased, never about a particular outlet.
 */
const LINE_PATTERNS: RegExp[] = [
  /^\s*(?:credit|courtesy|via)\s*(?:to|of|:)?\s*:?\s*(?:the\s+)?(.{2,60}?)\s*[.!]?\s*$/i,
  /^\s*source\s*:\s*(?:the\s+)?(.{2,60}?)\s*\.?\s*$/i,
  /^\s*(?:this|the)\s+(?:article|story|report|piece)\s+(?:was\s+)?(?:originally|first)\s+(?:appeared|published|ran)\s+(?:on|in|by|at)\s+(?:the\s+)?(.{2,80}?)\s*\.?\s*$/i,
  /^\s*(?:originally|first)\s+published\s+(?:on|in|by|at)\s+(?:the\s+)?(.{2,80}?)\s*\.?\s*$/i,
  /^\s*(?:republished|reprinted)\s+(?:with permission\s+)?(?:from|by)\s+(?:the\s+)?(.{2,80}?)\s*\.?\s*$/i,
];

/** A copyright line credits a syndicated copy only when it names a news agency, not the site itself. */
const WIRE_COPYRIGHT = /^\s*(?:©|\(c\)|copyright)\s*(?:\d{4}\s+)?(?:the\s+)?(.{2,60}?)\s*\.?\s*(?:all rights reserved\.?)?\s*$/i;

/** "WASHINGTON (AP) —" or "(Reuters) -" at the head of a body paragraph. */
const DATELINE_WIRE = /^[A-Z][A-Za-z .,'-]{0,40}\((AP|Reuters|AFP|UPI|dpa|Xinhua|Bloomberg)\)\s*[-—–:]/;

export function normalisePublisherName(raw: string): string {
  const cleaned = raw.replace(/\s+/g, ' ').replace(/[\s.,;:]+$/, '').replace(/^the\s+/i, '').trim();
  return WIRES[cleaned.toLowerCase()] ?? cleaned;
}

/** A key under which spellings of one publisher meet: "Aljazeera", "Al Jazeera", "al-jazeera.net". */
export function publisherKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(?:https?:\/\/)?(?:www\.)?/, '')
    .replace(/\.(?:com|net|org|co\.uk|co|news|info)(?:\/.*)?$/, '')
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, '');
}

/** Finds the credit line of a syndicated copy among the text's lines, looking from the end. */
export function findCreditLine(text: string, lines: { start: number; end: number }[]): CreditLine | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const { start, end } = lines[i];
    const line = text.slice(start, end);
    if (line.length > 120) continue;
    for (const re of LINE_PATTERNS) {
      const m = re.exec(line);
      if (m && plausiblePublisher(m[1])) return { publisher: normalisePublisherName(m[1]), start, end };
    }
    const c = WIRE_COPYRIGHT.exec(line);
    if (c && WIRES[c[1].toLowerCase()]) return { publisher: normalisePublisherName(c[1]), start, end };
  }
  for (const { start, end } of lines) {
    const m = DATELINE_WIRE.exec(text.slice(start, end));
    if (m) {
      const at = text.indexOf(`(${m[1]})`, start);
      return { publisher: normalisePublisherName(m[1]), start: at, end: at + m[1].length + 2 };
    }
  }
  return null;
}

function plausiblePublisher(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length > 6) return false;
  // A publisher is a name: at least one capitalised word or a known wire, no sentence verbs.
  return (/[A-Z]/.test(name) || WIRES[name.toLowerCase()] !== undefined) && !/\b(?:is|are|was|were|said|says)\b/i.test(name);
}
