import "server-only";
import { AppError } from "@/lib/errors";

// What the commands before a match say when the request has moved on. Neither changes anything.

/** The request is no longer asking: someone was chosen, it was withdrawn, or its start passed. */
export const closed = () => new AppError("conflict", { key: "care.closed" });

/** The parent chose someone who has not said OK. */
export const notOffered = () => new AppError("conflict", { key: "care.not_offered" });
