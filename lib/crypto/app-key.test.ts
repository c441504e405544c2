import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { keysOf } from "./app-key";
import { generateKey, keyring } from "./sealed";

const a = generateKey();
const b = generateKey();
const c = generateKey();

describe("the keys of the settings", () => {
  it("seal with ENCRYPTION_KEY and open with it and every key of ENCRYPTION_KEYS_PREVIOUS", () => {
    const keys = keysOf(parseEnv({ ENCRYPTION_KEY: a, ENCRYPTION_KEYS_PREVIOUS: ` ${b}, ${c},` }));
    expect(keys.current.id).toBe(keyring(a).current.id);
    expect(keys.previous.map((k) => k.id)).toEqual([keyring(b).current.id, keyring(c).current.id]);
    expect(keysOf(parseEnv({ ENCRYPTION_KEY: a })).previous).toEqual([]);
  });

  it("refuse a previous key of the wrong length, naming the setting", () => {
    expect(() => parseEnv({ ENCRYPTION_KEY: a, ENCRYPTION_KEYS_PREVIOUS: `${b},${Buffer.alloc(16).toString("base64")}` })).toThrow(
      /ENCRYPTION_KEYS_PREVIOUS/,
    );
  });

  it("need ENCRYPTION_KEY", () => {
    expect(() => keysOf(parseEnv({ ENCRYPTION_KEYS_PREVIOUS: b }))).toThrow(/ENCRYPTION_KEY is not set/);
  });
});
