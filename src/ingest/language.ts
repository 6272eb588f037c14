/**
 * Language identification by function words and script, enough to refuse what the English
 * annotators would misread. Returns an ISO 639-1 code or "und".
 */
const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'was', 'with', 'on', 'as', 'by', 'has', 'said', 'a', 'an', 'at', 'it', 'he', 'she', 'they', 'his', 'her', 'from', 'are', 'were', 'be', 'been', 'will', 'would', 'this', 'which', 'who', 'after', 'into', 'not', 'have', 'had', 'their', 'its', 'but', 'or', 'says'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'dans', 'du', 'pour', 'que', 'qui', 'sur', 'au', 'pas'],
  es: ['el', 'la', 'los', 'las', 'y', 'es', 'una', 'en', 'del', 'por', 'que', 'con', 'para', 'se', 'su'],
  de: ['der', 'die', 'das', 'und', 'ist', 'ein', 'eine', 'nicht', 'mit', 'von', 'zu', 'den', 'auf', 'sich', 'dem'],
  it: ['il', 'la', 'di', 'che', 'e', 'è', 'un', 'una', 'per', 'del', 'della', 'non', 'con', 'sono', 'gli'],
  pt: ['o', 'a', 'os', 'as', 'de', 'que', 'e', 'do', 'da', 'em', 'um', 'uma', 'para', 'com', 'não'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'op', 'te', 'zijn', 'niet', 'met', 'voor', 'ook', 'aan'],
};
const SETS = Object.fromEntries(Object.entries(FUNCTION_WORDS).map(([k, v]) => [k, new Set(v)]));

const SCRIPTS: [RegExp, string][] = [
  [/[\u0400-\u04ff]/g, 'ru'],
  [/[\u0600-\u06ff]/g, 'ar'],
  [/[\u4e00-\u9fff]/g, 'zh'],
  [/[\u3040-\u30ff]/g, 'ja'],
  [/[\uac00-\ud7af]/g, 'ko'],
  [/[\u0590-\u05ff]/g, 'he'],
  [/[\u0370-\u03ff]/g, 'el'],
  [/[\u0900-\u097f]/g, 'hi'],
  [/[\u0e00-\u0e7f]/g, 'th'],
];

export function detectLanguage(text: string): string {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return 'und';
  for (const [re, lang] of SCRIPTS) {
    const n = sample.match(re)?.length ?? 0;
    if (n / letters > 0.3) return lang;
  }
  const counts: Record<string, number> = {};
  let words = 0;
  for (const w of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    words++;
    for (const lang in SETS) if (SETS[lang].has(w)) counts[lang] = (counts[lang] ?? 0) + 1;
  }
  let best = 'und';
  let bestCount = 0;
  for (const [lang, n] of Object.entries(counts)) if (n > bestCount) { best = lang; bestCount = n; }
  // Short texts give few function words: another language must lead clearly, or it stays undetermined.
  const runnerUp = Math.max(0, ...Object.entries(counts).filter(([l]) => l !== best).map(([, n]) => n));
  if (words < 60 && bestCount < 2 * runnerUp + 2) return 'und';
  return words > 0 && bestCount / words >= 0.05 ? best : 'und';
}
