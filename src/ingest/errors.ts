/** Why an input was refused. Stable codes: tests, the API and the dossier's `errors` rely on them. */
export type InputErrorCode =
  | 'missing'
  | 'unreadable'
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'invalid-utf8'
  | 'invalid-character'
  | 'too-complex'
  | 'malformed'
  | 'no-article'
  | 'unsupported-language'
  | 'unsupported-format';

/** A refused input: names the input and the reason; the rest of the batch goes on. */
export class InputError extends Error {
  readonly input: string;
  readonly code: InputErrorCode;

  constructor(input: string, code: InputErrorCode, message: string) {
    super(`${input}: ${message}`);
    this.name = 'InputError';
    this.input = input;
    this.code = code;
  }

  toJSON(): { input: string; error: InputErrorCode; message: string } {
    return { input: this.input, error: this.code, message: this.message };
  }
}
