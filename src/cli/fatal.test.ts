import { describe, expect, it } from 'vitest';
import { StoreBusyError } from '../store/dir-lock.js';
import { fatalMessage } from './fatal.js';

describe('what the CLI prints when a command fails', () => {
  it('is the message of a named error, without a stack trace', () => {
    const line = fatalMessage(new StoreBusyError('the embedded store /x/db is in use by process 42: stop it'), false);
    expect(line).toBe('triangulate: the embedded store /x/db is in use by process 42: stop it\n');
  });

  it('is one line for an unexpected error, the stack only on request', () => {
    const err = new RangeError('Maximum call stack size exceeded');
    const plain = fatalMessage(err, false);
    expect(plain.trimEnd().split('\n')).toHaveLength(1);
    expect(plain).toMatch(/^triangulate: RangeError: Maximum call stack size exceeded \(set TRIANGULATE_DEBUG=1/);
    expect(plain).not.toMatch(/\n\s+at /);
    expect(fatalMessage(err, true)).toMatch(/\n\s+at /);
  });
});
