import { describe, expect, it } from "vitest";
import { stripeConfig } from "./stripe-config";

describe("stripeConfig", () => {
  it("leaves Stripe's own address alone", () => {
    expect(stripeConfig(undefined)).not.toHaveProperty("host");
  });

  it("points the SDK at a stand-in by host, port and protocol", () => {
    expect(stripeConfig("http://127.0.0.1:12111")).toMatchObject({ host: "127.0.0.1", port: "12111", protocol: "http" });
    expect(stripeConfig("https://stripe.internal")).toMatchObject({ host: "stripe.internal", port: 443, protocol: "https" });
  });
});
