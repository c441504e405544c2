import { describe, expect, it } from "vitest";
import { LOCK_MS, lockState, MAX_WRONG_TRIES } from "./lockout";

const now = new Date("2026-11-24T09:00:00+09:00");
const ago = (ms: number) => new Date(now.getTime() - ms);
const minutes = (n: number) => n * 60_000;
const hours = (n: number) => n * 3_600_000;

describe("lockState", () => {
  it("allows five tries on a fresh pair", () => {
    expect(lockState([], now)).toEqual({ locked: false, remaining: 5 });
  });

  it("still allows a try after four wrong ones, with one left", () => {
    const tries = [1, 2, 3, 4].map((n) => ago(minutes(n)));
    expect(lockState(tries, now)).toEqual({ locked: false, remaining: 1 });
  });

  it("locks the pair for 24 hours from the fifth wrong try", () => {
    const fifth = ago(minutes(1));
    const tries = [ago(minutes(5)), ago(minutes(4)), ago(minutes(3)), ago(minutes(2)), fifth];
    expect(lockState(tries, now)).toEqual({ locked: true, until: new Date(fifth.getTime() + LOCK_MS) });
  });

  it("ends the lock exactly 24 hours after the fifth try, with all five tries given back", () => {
    const fifth = new Date(now.getTime() - LOCK_MS);
    const tries = [4, 3, 2, 1].map((n) => new Date(fifth.getTime() - minutes(n))).concat(fifth);
    expect(lockState(tries, new Date(now.getTime() - 1))).toMatchObject({ locked: true });
    expect(lockState(tries, now)).toEqual({ locked: false, remaining: 5 });
  });

  it("counts the first of five tries made just under 24 hours before the fifth, but not exactly 24 hours before", () => {
    const later = [3, 2, 1, 0].map((n) => ago(minutes(n)));
    expect(lockState([ago(LOCK_MS - 1), ...later], now)).toMatchObject({ locked: true });
    expect(lockState([ago(LOCK_MS), ...later], now)).toEqual({ locked: false, remaining: 1 });
  });

  it("keeps the full 24 hours when the five tries were spread over most of a day", () => {
    const tries = [23, 18, 12, 6, 1].map((h) => ago(hours(h)));
    const state = lockState(tries, now);
    expect(state).toEqual({ locked: true, until: new Date(ago(hours(1)).getTime() + LOCK_MS) });
  });

  it("does not lock when only four of five tries fall within any 24 hours", () => {
    const tries = [30, 20, 10, 5, 1].map((h) => ago(hours(h)));
    expect(lockState(tries, now)).toEqual({ locked: false, remaining: 1 });
  });

  it("never reports a try left while locked, and never zero tries while open", () => {
    for (let n = 0; n <= 8; n++) {
      const state = lockState(
        Array.from({ length: n }, (_, i) => ago(minutes(i + 1))),
        now,
      );
      expect(state.locked).toBe(n >= MAX_WRONG_TRIES);
      if (!state.locked) expect(state.remaining).toBeGreaterThan(0);
    }
  });

  it("counts a try stamped a little after now (another clock) as made now, in any order", () => {
    const tries = [ago(minutes(2)), new Date(now.getTime() + minutes(5)), ago(minutes(1))];
    expect(lockState(tries, now)).toEqual({ locked: false, remaining: 2 });
  });
});
