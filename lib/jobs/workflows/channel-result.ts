/** What a channel's sender made of one delivery; a failure worth trying again is thrown as a ChannelFailure. */
export type ChannelResult = { state: "sent" } | { state: "skipped"; reason: string };

/** A send that failed; `code` is short and names no address or body (it is stored as last_error). */
export class ChannelFailure extends Error {
  constructor(readonly code: string) {
    super(code);
    this.name = "ChannelFailure";
  }
}
