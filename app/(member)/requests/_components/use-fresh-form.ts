"use client";

import { useState } from "react";

/**
 * A key for a form that changes with each answer of its action. React 19 resets a form after
 * its action, controlled checkboxes and selects included (react#31695, react#30580), which
 * leaves them showing something other than the state; a new key rebuilds the form from the state.
 */
export function useFreshFormKey(result: unknown): number {
  const [seen, setSeen] = useState(result);
  const [key, setKey] = useState(0);
  if (result !== seen) {
    setSeen(result);
    setKey(key + 1);
  }
  return key;
}
