import { hasControlCharacters } from "@/lib/forms";

/** Where to go after signing in: only a path on this site, never another origin. */
export function safeNextPath(value: unknown, fallback = "/home"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return fallback;
  }
  if (hasControlCharacters(value) || value.length > 500) return fallback;
  return value;
}
