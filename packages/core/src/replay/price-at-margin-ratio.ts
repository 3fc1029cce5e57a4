import { Decimal } from '../decimal';
import { maintenanceMarginAt } from '../perpetual/maintenance-margin';
import { marginBalanceAt } from '../perpetual/margin-ratio';
import type { NormalizedSpec } from '../perpetual/normalize-spec';

const MAX_ITERATIONS = 200;
const RELATIVE_TOLERANCE = new Decimal('1e-20');
/** How far (as a price multiple) to look for a level when the position has no liquidation price. */
const FAR = new Decimal('1e9');

/**
 * The mark price at which the margin ratio first reaches `level` on the way from `from` (where it is
 * below) toward the liquidation price `limit` (where it is ≥ 1 ≥ level); null when it is never reached.
 *
 * The root of f(p) = requirement(p) − level · marginBalance(p), which is f ≥ 0 ⇔ ratio ≥ level even
 * where the balance is ≤ 0. Within one maintenance bracket both terms are linear in p (linear contracts)
 * or in 1/p (inverse), so regula falsi in that variable lands on the root in one step; the Illinois
 * halving keeps it fast across bracket boundaries. Solving the exact engine function, rather than
 * re-deriving each exchange's algebra, keeps every rule set, bracket table and cross account consistent.
 * The result is the root to a relative 1e-18 (either side): callers use it as a float trigger widened
 * toward the safe side and confirm every trigger with the exact marginRatio, so that is ample.
 */
export function priceAtMarginRatio(
  n: NormalizedSpec,
  level: Decimal,
  from: Decimal,
  limit: Decimal | null,
): Decimal | null {
  const inverse = n.ruleSet.inverse;
  const toX = (p: Decimal) => (inverse ? new Decimal(1).div(p) : p);
  const toP = (x: Decimal) => (inverse ? new Decimal(1).div(x) : x);
  const f = (x: Decimal) => {
    const p = toP(x);
    return maintenanceMarginAt(n, p)
      .plus(n.otherMaintenance)
      .minus(level.times(marginBalanceAt(n, p)));
  };

  let xa = toX(from);
  let fa = f(xa);
  if (fa.gte(0)) return from;
  const far = limit ?? (n.sign === 1 ? from.div(FAR) : from.times(FAR));
  let xb = toX(far);
  let fb = f(xb);
  if (fb.lt(0)) return null;

  let retained = 0;
  let previous: Decimal | undefined;
  for (let k = 0; k < MAX_ITERATIONS; k++) {
    let xr = xb.minus(fb.times(xb.minus(xa)).div(fb.minus(fa)));
    // The secant no longer moves off an end: that end is the root to working precision.
    if (xr.eq(xa) || xr.eq(xb)) return toP(xr);
    // Rounding can throw the secant outside the bracket: bisect instead.
    if (!(xr.gt(Decimal.min(xa, xb)) && xr.lt(Decimal.max(xa, xb)))) xr = xa.plus(xb).div(2);
    const fr = f(xr);
    if (
      fr.isZero() ||
      (previous !== undefined && xr.minus(previous).abs().lte(xr.abs().times(RELATIVE_TOLERANCE)))
    ) {
      return toP(xr);
    }
    previous = xr;
    if (fr.gt(0)) {
      xb = xr;
      fb = fr;
      if (retained === -1) fa = fa.div(2);
      retained = -1;
    } else {
      xa = xr;
      fa = fr;
      if (retained === 1) fb = fb.div(2);
      retained = 1;
    }
  }
  return toP(xb);
}
