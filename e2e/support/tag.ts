import { test } from "@playwright/test";

let serial = 0;

/**
 * A short tag that makes names unique across the suite, workers running side by side included:
 * admins' queues list every member's cares, and a test finds its own there by name.
 */
export function uniqueTag(): string {
  serial += 1;
  return `${Date.now() % 100000}${test.info().parallelIndex}${serial}`;
}
