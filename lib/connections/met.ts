// 事前の顔合わせ: before a first care both members must have met face to face. Connecting in person
// or at a meetup is meeting; a distance connection needs each side to confirm it.
export interface MetFacts {
  provenance: "in_person" | "meetup" | "distance";
  aMetAt: Date | null;
  bMetAt: Date | null;
}

export function haveMet(connection: MetFacts): boolean {
  if (connection.provenance !== "distance") return true;
  return connection.aMetAt !== null && connection.bMetAt !== null;
}

/** Whether one side ("a" = userA) still has to confirm the meeting. */
export function awaitsMetConfirmation(connection: MetFacts, side: "a" | "b"): boolean {
  if (haveMet(connection)) return false;
  return (side === "a" ? connection.aMetAt : connection.bMetAt) === null;
}
