import { env } from "@/lib/env";
import type { CodeSender } from "./phone-code";

/** How codes are sent and hashed on this server: its SMS settings, and AUTH_SECRET (scripts/dev and scripts/start provide a local one). */
export function codeSender(): CodeSender {
  const e = env();
  if (!e.AUTH_SECRET) throw new Error("AUTH_SECRET is not set");
  return { key: e.AUTH_SECRET, sms: e };
}
