import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { type Db, db } from "@/db";
import { isAdminUser } from "@/lib/auth/admin";
import { hasCapability } from "@/lib/auth/capabilities";
import { getViewer, type MemberViewer, type Viewer } from "@/lib/auth/viewer";
import { isAppError } from "@/lib/errors";
import { fieldErrorsOf, formToObject } from "@/lib/forms";
import { ID_NOT_FOUND } from "@/lib/ids";
import { logger, securityEvent } from "@/lib/log";
import type { Capability } from "@/lib/members/profile";

export type ActionResult<T = null> = { ok: true; data: T } | { ok: false; error: string; fieldErrors: Record<string, string> };

type Audience = "anyone" | "user" | "member";
type ViewerOf<A extends Audience> = A extends "member" ? MemberViewer : A extends "user" ? Viewer : Viewer | null;

interface Options<S extends z.ZodType, A extends Audience> {
  /** "anyone": signed out too (the contact form); "user": signed in (onboarding); "member": onboarded and in good standing. */
  audience: A;
  schema: S | (() => S);
  capability?: Capability;
}

/**
 * Every server action goes through here: authenticate → parse → authorise → act → typed result.
 * Server actions are public endpoints, so nothing is trusted from the form.
 */
export function defineAction<S extends z.ZodType, A extends Audience, T>(
  options: Options<S, A>,
  act: (input: z.output<S>, ctx: { viewer: ViewerOf<A>; db: Db }) => Promise<T>,
) {
  return async (_previous: unknown, form: FormData): Promise<ActionResult<T>> => {
    const t = await getTranslations("errors");
    const fail = (key: string, fieldErrors: Record<string, string> = {}) => ({ ok: false, error: t(key), fieldErrors }) as const;
    let userId: string | undefined;
    // Logged with ids only: who was refused, why, and which action.
    const logDenied = async (reason: "capability" | "malformed_id" | "not_found") =>
      securityEvent("security.access_denied", { userId, cause: reason, action: await actionId() });
    try {
      const viewer = await getViewer();
      if (!viewer && options.audience !== "anyone") return fail("unauthenticated");
      userId = viewer?.userId;
      if (viewer && options.audience === "member") {
        if (!viewer.member) return fail("onboarding_required");
        if (viewer.member.status !== "active") return fail("suspended");
      }
      // A capability the caller lacks looks exactly like a thing that does not exist.
      // "admin" is one rule for pages and actions alike (lib/auth/admin).
      const allowed = !options.capability
        ? true
        : options.capability === "admin"
          ? viewer !== null && (await isAdminUser(db(), viewer.userId))
          : hasCapability(viewer?.member, options.capability);
      if (!allowed) {
        await logDenied("capability");
        return fail("not_found");
      }
      // A hostile client may post any argument list: no form is no valid input (not an internal error).
      if (!(form instanceof FormData)) return fail("invalid_input");
      const schema = typeof options.schema === "function" ? options.schema() : options.schema;
      const parsed = schema.safeParse(formToObject(form));
      if (!parsed.success) {
        // A malformed id names nothing: the answer is the one for an id that names nothing.
        if (parsed.error.issues.some((i) => i.message === ID_NOT_FOUND)) {
          await logDenied("malformed_id");
          return fail("not_found");
        }
        return fail(
          "invalid_input",
          fieldErrorsOf(parsed.error, t, (k) => t.has(k)),
        );
      }
      const data = await act(parsed.data, { viewer: viewer as ViewerOf<A>, db: db() });
      return { ok: true, data };
    } catch (e) {
      unstable_rethrow(e);
      if (isAppError(e)) {
        if (e.code === "not_found") await logDenied("not_found");
        const message = t(e.messageKey, e.values);
        return { ok: false, error: e.field ? t("invalid_input") : message, fieldErrors: e.field ? { [e.field]: message } : {} };
      }
      logger().error({ err: e, userId, action: await actionId() }, "action failed");
      return fail("internal");
    }
  };
}

/** The server action's id (Next.js's `Next-Action` header): names which action it was, and nothing about anyone. */
async function actionId(): Promise<string | undefined> {
  try {
    return (await headers()).get("next-action") ?? undefined;
  } catch {
    return undefined;
  }
}
