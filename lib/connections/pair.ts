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

type RequestSides = { fromUser: string; toUser: string; fromVerifiedAt: Date | null; toVerifiedAt: Date | null };

/** The member on the other side of a connection request from `userId`. */
export function otherInRequest(request: Pick<RequestSides, "fromUser" | "toUser">, userId: string): string {
  return request.fromUser === userId ? request.toUser : request.fromUser;
}

/** Whether `userId` and the other side of a request have each entered the other's digits. */
export function verifiedSides(request: RequestSides, userId: string): { mine: boolean; theirs: boolean } {
  const mine = request.fromUser === userId;
  return {
    mine: (mine ? request.fromVerifiedAt : request.toVerifiedAt) !== null,
    theirs: (mine ? request.toVerifiedAt : request.fromVerifiedAt) !== null,
  };
}
