import { createHash, randomBytes } from "node:crypto";

// A personal calendar feed's URL carries a secret; only its hash is stored, so a leaked database
// row opens no one's calendar, and rotating the secret ends the old URL.
export function newFeedToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
