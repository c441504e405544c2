import { describe, expect, it } from "vitest";
import { endpointAllowed, pushSubscriptionInput, subscriptionGone } from "./push-subscription";

const p256dh = Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 7)]).toString("base64url");
const auth = Buffer.alloc(16, 3).toString("base64url");

describe("push subscriptions", () => {
  it("takes only a push service's https address as an endpoint", () => {
    expect(endpointAllowed("https://fcm.googleapis.com/fcm/send/abc")).toBe(true);
    expect(endpointAllowed("https://web.push.apple.com/QG9k")).toBe(true);
    for (const bad of [
      "http://fcm.googleapis.com/x",
      "https://user:pw@push.example/x",
      "file:///etc/passwd",
      "not a url",
      "javascript:alert(1)",
    ]) {
      expect(endpointAllowed(bad)).toBe(false);
    }
  });

  it("reads a browser's subscription: a P-256 key of 65 bytes and a 16-byte secret", () => {
    expect(pushSubscriptionInput.safeParse({ endpoint: "https://push.example/1", p256dh, auth }).success).toBe(true);
    expect(pushSubscriptionInput.safeParse({ endpoint: "https://push.example/1", p256dh: auth, auth }).success).toBe(false);
    expect(pushSubscriptionInput.safeParse({ endpoint: "https://push.example/1", p256dh, auth: p256dh }).success).toBe(false);
    expect(pushSubscriptionInput.safeParse({ endpoint: "https://push.example/1", p256dh: "!!", auth }).success).toBe(false);
  });

  it("forgets a device only when its push service says it is gone", () => {
    expect([404, 410].map(subscriptionGone)).toEqual([true, true]);
    expect([201, 400, 403, 413, 429, 500].map(subscriptionGone)).toEqual([false, false, false, false, false, false]);
  });
});
