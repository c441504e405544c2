import { env } from "@/lib/env";

/** The secret the presence codes are signed with: the server's AUTH_SECRET (scripts/dev and scripts/start provide a local one). */
export function presenceKey(): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return secret;
}
