import { describe, expect, it } from "vitest";
import { signInMail } from "./sign-in-mail";

const url = "http://localhost:3000/api/auth/callback/email?token=a&email=x%40y.z";

describe("signInMail", () => {
  it("is written in Japanese by default, with the link and its validity", () => {
    const m = signInMail("x@y.z", url, "ja");
    expect(m.subject).toBe("【おたがい】ログイン用リンク");
    expect(m.text).toContain(url);
    expect(m.text).toContain("24時間");
  });

  it("is written in English for English users", () => {
    expect(signInMail("x@y.z", url, "en").subject).toBe("[Otagai] Your sign-in link");
  });

  it("escapes the link in the HTML version", () => {
    const m = signInMail("x@y.z", `${url}&"<script>`, "ja");
    expect(m.html).toContain("&amp;email=");
    expect(m.html).not.toContain("<script>");
  });
});
