import chardet from 'chardet';
import iconv from 'iconv-lite';
import { InputError } from './errors.js';
import { assertStorable } from './storable.js';

/** Inputs above this are refused rather than risk exhausting memory on one file. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export interface DecodedText {
  text: string;
  encoding: string;
}

/**
 * Bytes to text. UTF-8 (with or without BOM) and UTF-16 with BOM are read as such. Text that
 * holds no multi-byte UTF-8 at all but has high bytes is a legacy 8-bit file: its encoding is
 * detected. Text that mixes valid UTF-8 with invalid sequences is damaged, and refused rather
 * than silently turned into replacement characters.
 */
export function decodeBytes(bytes: Uint8Array, input: string): DecodedText {
  if (bytes.length === 0) throw new InputError(input, 'empty', 'the input is empty');
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError(input, 'too-large', `the input is ${(bytes.length / 1048576).toFixed(1)} MB, above the ${MAX_INPUT_BYTES / 1048576} MB limit per input`);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), 'UTF-16LE', input);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), 'UTF-16BE', input);
  if (looksBinary(bytes)) throw new InputError(input, 'binary', 'the input is binary data, not text');
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return checked(new TextDecoder('utf-8', { fatal: true }).decode(body), 'UTF-8', input);
  } catch {
    if (hasMultiByteUtf8(body)) {
      throw new InputError(input, 'invalid-utf8', 'the input is UTF-8 with invalid byte sequences (damaged or mixed encodings)');
    }
    const guess = chardet.detect(body) ?? 'windows-1252';
    const encoding = iconv.encodingExists(guess) && !/^UTF/i.test(guess) ? guess : 'windows-1252';
    return checked(iconv.decode(Buffer.from(body), encoding), encoding, input);
  }
}

function checked(text: string, encoding: string, input: string): DecodedText {
  if (text.trim().length === 0) throw new InputError(input, 'empty', 'the input holds only white space');
  // The binary check samples the head; a NUL further on is found here, in the whole text.
  assertStorable(text, input);
  return { text, encoding };
}

/** NUL bytes or many control characters in the first 8 KB mark binary data. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / n > 0.1;
}

/** True when the bytes contain at least one well-formed multi-byte UTF-8 sequence. */
function hasMultiByteUtf8(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length - 1; i++) {
    const b = bytes[i];
    if (b >= 0xc2 && b <= 0xf4) {
      const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      let ok = i + len <= bytes.length;
      for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
      if (ok) return true;
    }
  }
  return false;
}
