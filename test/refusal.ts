import { isAppError } from "@/lib/errors";

/**
 * What a refused command threw, as {code, key[, field]} (and its message values when asked for);
 * fails the test if it was not refused.
 */
export async function refusal(p: Promise<unknown>, o: { values?: boolean } = {}) {
  try {
    await p;
  } catch (e) {
    if (isAppError(e)) {
      return { code: e.code, key: e.messageKey, ...(o.values ? { values: e.values } : {}), ...(e.field ? { field: e.field } : {}) };
    }
    throw e;
  }
  throw new Error("not refused");
}
