/** Integer division rounding towards +∞, without going through floats. */
export function ceilDiv(numerator: number, denominator: number): number {
  const remainder = ((numerator % denominator) + denominator) % denominator;
  return (numerator - remainder) / denominator + (remainder === 0 ? 0 : 1);
}

/**
 * Exact amounts are kept in sixtieths of a yen (yen/hour × minutes), so no
 * fraction is lost before the one rounding the rule asks for.
 *
 * The total is rounded up once. Each line gets the difference between the
 * rounded running totals before and after it, so the lines always add up to
 * the total exactly (a receipt must add up) and each is within 1 yen of its
 * exact value.
 */
export function roundLinesUp(exactSixtieths: readonly number[]): { lines: number[]; total: number } {
  const lines: number[] = [];
  let running = 0;
  let roundedSoFar = 0;
  for (const exact of exactSixtieths) {
    running += exact;
    const rounded = ceilDiv(running, 60);
    lines.push(rounded - roundedSoFar);
    roundedSoFar = rounded;
  }
  return { lines, total: roundedSoFar };
}
