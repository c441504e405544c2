// An <input type="datetime-local"> speaks wall-clock time without a zone; ours is always Tokyo's.
// Asia/Tokyo has kept UTC+9 without daylight saving since 1951, so a fixed offset is exact.
const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "2026-11-24T09:30" in Tokyo → the instant; null for anything else (including 2026-02-30). */
export function parseTokyoLocal(value: string): Date | null {
  const m = LOCAL.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const utc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(utc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  return new Date(utc - TOKYO_OFFSET_MS);
}

/** The instant as a datetime-local value in Tokyo, to the minute. */
export function toTokyoLocal(d: Date): string {
  return new Date(d.getTime() + TOKYO_OFFSET_MS).toISOString().slice(0, 16);
}
