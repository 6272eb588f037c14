/** A word's shape: letters as X or x, digits as d, other characters kept, up to 12 characters; `collapse` merges runs ("Xx-Xx"). */
export function wordShape(w: string, collapse: boolean): string {
  let out = '';
  let last = '';
  const n = Math.min(w.length, 12);
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    let k: string;
    if (c >= 65 && c <= 90) k = 'X';
    else if (c >= 97 && c <= 122) k = 'x';
    else if (c >= 48 && c <= 57) k = 'd';
    else if (c > 127) { const ch = w[i]; k = ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : w[i]; }
    else k = w[i];
    if (collapse && k === last) continue;
    out += k;
    last = k;
  }
  return out;
}
