/** An HTTP error with a machine-readable code and a sentence a user can act on. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export function errorBody(code: string, message: string) {
  return { error: code, message };
}
