/**
 * Zone abbreviations news sites print, with their UTC offsets in minutes. Ambiguous ones
 * (IST: India, Ireland, Israel) take the most common reading in English-language news.
 */
const ZONE_OFFSETS: Record<string, number> = {
  UTC: 0, GMT: 0, Z: 0, WET: 0, BST: 60, IST: 330, CET: 60, CEST: 120, WEST: 60, EET: 120, EEST: 180,
  MSK: 180, EAT: 180, CAT: 120, WAT: 60, SAST: 120, AST: 180, GST: 240, PKT: 300, NPT: 345, BDT: 360,
  ICT: 420, WIB: 420, SGT: 480, MYT: 480, HKT: 480, PHT: 480, CST: -360, CDT: -300, EST: -300, EDT: -240,
  MST: -420, MDT: -360, PST: -480, PDT: -420, AKST: -540, HST: -600, JST: 540, KST: 540, AEST: 600,
  AEDT: 660, ACST: 570, AWST: 480, NZST: 720, NZDT: 780, TRT: 180, IRST: 210,
};

export function zoneOffsetMinutes(zone: string): number | null {
  const named = ZONE_OFFSETS[zone.toUpperCase()];
  if (named !== undefined) return named;
  const m = /^(?:UTC|GMT)?\s*([+-])(\d{1,2}):?(\d{2})?$/.exec(zone.trim());
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

export function isKnownZone(word: string): boolean {
  return ZONE_OFFSETS[word.toUpperCase()] !== undefined && word === word.toUpperCase() && word.length >= 2;
}

export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
