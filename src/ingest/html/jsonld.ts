type Json = Record<string, unknown>;

/**
 * Every JSON object in the page's JSON-LD scripts, @graph and nested arrays flattened.
 * Sites ship JSON-LD with comments, CDATA wrappers, raw newlines in strings and trailing
 * junk; each script is parsed leniently and skipped when it cannot be read.
 */
export function readJsonLd(doc: Document): Json[] {
  const objects: Json[] = [];
  let scripts: ArrayLike<Element> = [];
  try {
    scripts = doc.querySelectorAll('script[type="application/ld+json"], script[type="application/ld+json; charset=utf-8"]');
  } catch {
    return objects;
  }
  for (let i = 0; i < scripts.length; i++) {
    const parsed = parseLenient(scripts[i].textContent ?? '');
    if (parsed !== undefined) flatten(parsed, objects, 0);
  }
  return objects;
}

function parseLenient(source: string): unknown {
  const trimmed = source.trim().replace(/^<!\[CDATA\[|\]\]>$/g, '').replace(/^\s*\/\/.*$/gm, '').trim();
  if (!trimmed) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    // Raw control characters inside strings are the usual fault: escape them and retry.
    try {
      return JSON.parse(trimmed.replace(/[\u0000-\u001f]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : ' ')));
    } catch {
      return undefined;
    }
  }
}

function flatten(value: unknown, out: Json[], depth: number): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, out, depth + 1);
    return;
  }
  const obj = value as Json;
  out.push(obj);
  if (Array.isArray(obj['@graph'])) flatten(obj['@graph'], out, depth + 1);
  if (obj.mainEntity && typeof obj.mainEntity === 'object') flatten(obj.mainEntity, out, depth + 1);
}

export function typesOf(obj: Json): string[] {
  const t = obj['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** Article-like objects first: NewsArticle, BlogPosting, Report, ... */
export function isArticleType(obj: Json): boolean {
  return typesOf(obj).some((t) => /Article$|Posting$|^Report$/.test(t));
}

export function stringField(obj: Json, key: string): string | null {
  const v = obj[key];
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (Array.isArray(v) && typeof v[0] === 'string' && v[0].trim()) return v[0].trim();
  return null;
}

/** Names of a person/organisation field: a string, an object with `name`, or an array of either. */
export function namesOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap(namesOf);
  if (value && typeof value === 'object') {
    const name = (value as Json).name;
    if (typeof name === 'string' && name.trim()) return [name.trim()];
  }
  return [];
}
