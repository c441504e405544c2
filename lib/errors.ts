// One error type for the whole app. `messageKey` is a message-catalogue key under "errors";
// nothing here ever carries SQL or a stack trace to the client.
export type ErrorCode = "unauthenticated" | "not_found" | "invalid_input" | "conflict" | "rate_limited" | "suspended" | "internal";

const status: Record<ErrorCode, number> = {
  unauthenticated: 401,
  not_found: 404,
  invalid_input: 400,
  conflict: 409,
  rate_limited: 429,
  suspended: 403,
  internal: 500,
};

export interface AppErrorDetails {
  /** A more specific catalogue key, e.g. "field.phone_taken". Defaults to the code. */
  key?: string;
  values?: Record<string, string | number>;
  /** The form field the error belongs to, if any. */
  field?: string;
}

export class AppError extends Error {
  readonly messageKey: string;
  readonly values: Record<string, string | number>;
  readonly field?: string;

  constructor(
    public readonly code: ErrorCode,
    details: AppErrorDetails = {},
  ) {
    super(details.key ?? code);
    this.name = "AppError";
    this.messageKey = details.key ?? code;
    this.values = details.values ?? {};
    this.field = details.field;
  }

  get status(): number {
    return status[this.code];
  }
}

/** What a member who may not see a thing is told: it does not exist. */
export const notFound = () => new AppError("not_found");

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** Turns anything thrown into a safe {status, code, messageKey}; unknown errors become "internal". */
export function toSafeError(e: unknown): { status: number; code: ErrorCode; messageKey: string } {
  if (isAppError(e)) return { status: e.status, code: e.code, messageKey: e.messageKey };
  return { status: 500, code: "internal", messageKey: "internal" };
}
