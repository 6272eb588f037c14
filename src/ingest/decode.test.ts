import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode.js';
import { InputError } from './errors.js';

const codeOf = (bytes: Uint8Array) => {
  try {
    decodeBytes(bytes, 'input.txt');
    return null;
  } catch (err) {
    return (err as InputError).code;
  }
};

describe('decodeBytes', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeBytes(Buffer.from('Café talks', 'utf8'), 'a').text).toBe('Café talks');
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Hello')]), 'a').text).toBe('Hello');
  });

  it('reads a legacy 8-bit file as such', () => {
    const latin1 = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73, 0x20, 0x74, 0x6f, 0x64, 0x61, 0x79]);
    const decoded = decodeBytes(latin1, 'a');
    expect(decoded.text).toBe('Café opens today');
  });

  it('refuses damaged UTF-8, binary data, empty and blank inputs by name', () => {
    expect(codeOf(Buffer.concat([Buffer.from('Café ', 'utf8'), Buffer.from([0xff, 0xfe, 0x41])]))).toBe('invalid-utf8');
    expect(codeOf(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]))).toBe('binary');
    expect(codeOf(new Uint8Array())).toBe('empty');
    expect(codeOf(Buffer.from('   \n\n  '))).toBe('empty');
  });

  it('names the input in the message', () => {
    expect(() => decodeBytes(new Uint8Array(), 'folder/x.txt')).toThrow(/folder\/x\.txt/);
  });
});
