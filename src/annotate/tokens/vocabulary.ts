/**
 * Process-wide interning of lemmas: token columns hold small integer ids instead of millions of
 * strings, and equal lemmas compare as equal integers. Ids are not stable across processes;
 * whatever is persisted stores the strings (`lemmaOf`).
 */
const ids = new Map<string, number>();
const strings: string[] = [];

export function lemmaId(lemma: string): number {
  let id = ids.get(lemma);
  if (id === undefined) {
    id = strings.length;
    strings.push(lemma);
    ids.set(lemma, id);
  }
  return id;
}

export function lemmaOf(id: number): string {
  return strings[id] ?? '';
}
