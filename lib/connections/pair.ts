/** A pair of members in the order the tables store it (userA < userB), so a pair has one key. */
export function orderedPair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

/** Which column of a stored pair is the member's own: "a" for userA, "b" for userB. */
export function sideOf(pair: { userA: string; userB: string }, userId: string): "a" | "b" {
  if (pair.userA === userId) return "a";
  if (pair.userB === userId) return "b";
  throw new Error("not a member of this pair");
}

export function otherOf(pair: { userA: string; userB: string }, userId: string): string {
  return sideOf(pair, userId) === "a" ? pair.userB : pair.userA;
}
