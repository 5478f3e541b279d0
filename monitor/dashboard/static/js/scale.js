// Pure helpers of the charts (no DOM, no uPlot): smoothing over steps, which series are drawn
// raw, and the y range that fits the bulk of a run rather than its worst excursion.

/** The median of the finite values (nulls and NaN passed over); null when there is none. */
export function median(values) {
  const finite = values.filter((v) => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (!finite.length) return null;
  const mid = finite.length >> 1;
  return finite.length % 2 ? finite[mid] : finite[mid - 1] / 2 + finite[mid] / 2;
}

/**
 * Exponential moving average over steps, debiased at the start (TensorBoard's), where a point's
 * weight follows the step gap before it: a gap of k typical gaps decays the past by weight^k
 * (W&B's time-weighted EMA, on steps). With even steps this is exactly TensorBoard's. Each
 * output is a weighted mean of the values logged so far, clamped to their range, so it never
 * leaves the data's own range. `values` may hold null (no point there): those stay null.
 */
export function smooth(xs, values, weight) {
  const out = new Array(values.length).fill(null);
  const gaps = [];
  let prev = null;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || !Number.isFinite(v)) continue;
    if (prev !== null && xs[i] > xs[prev]) gaps.push(xs[i] - xs[prev]);
    prev = i;
  }
  gaps.sort((a, b) => a - b);
  const typical = gaps.length ? gaps[gaps.length >> 1] : 1;
  let acc = 0;
  let norm = 0;
  let lastX = null;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || !Number.isFinite(v)) continue;
    const gap = lastX === null ? typical : Math.max(0, xs[i] - lastX);
    const w = Math.pow(weight, gap / typical);
    acc = acc * w + (1 - w) * v;
    norm = norm * w + (1 - w);
    lastX = xs[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
    const mean = norm > 0 ? acc / norm : v;
    out[i] = Math.min(hi, Math.max(lo, mean));
  }
  return out;
}

const EVALUATION = /^(val|valid|validation|eval|test)([/_.-]|$)/i;
const STEP_NAMES = /(^|[/_.-])(lr|learning[_-]?rate|epoch|global[_-]?step)([/_.-]|$)/i;
const SYSTEM = /(^|[/_.-])(runtime|samples_per_second|steps_per_second|epoch|total_flos|global[_-]?step)$/i;

/** True for evaluation series (val/…, eval/…, test/…): logged values, never averaged. */
export function isEvaluation(key) {
  return EVALUATION.test(key);
}

/** True for bookkeeping series (…/runtime, …/samples_per_second, epoch…): the system section. */
export function isSystem(key) {
  return SYSTEM.test(key);
}

/** True for a schedule (lr, epoch) or any series that mostly repeats its previous value. */
export function isStepLike(key, column) {
  if (STEP_NAMES.test(key)) return true;
  let pairs = 0;
  let same = 0;
  let prev = null;
  for (const v of column) {
    if (v === null || !Number.isFinite(v)) continue;
    if (prev !== null) {
      pairs++;
      if (v === prev) same++;
    }
    prev = v;
  }
  return pairs >= 10 && same >= pairs / 2;
}

// The y range that fits the bulk. The reference is the earlier part of the run in steps (the
// first EARLY_SHARE of the chart's steps, for every line of the chart alike), itself screened
// the same way against its own first half, down to REFERENCE_DEPTH halvings, so an early spike
// does not become the reference. A value is far when it lies more than ENVELOPE_MARGIN
// reference-heights above the reference's top carried on by the reference's upward trend: a
// loss's top stays where it was, a penalty, an accuracy or a warm-up that rises by design keeps
// rising, and only what leaves that trend (a jump by orders of magnitude, a blow-up) is far.
// A line's excursion starts where it left the reference's top on its way to its first far
// value; the chart is fitted to the rest only when the excursion would otherwise squash the
// rest into less than 1/CLIP_RATIO of the height.
const EARLY_SHARE = 0.5;
const REFERENCE_DEPTH = 4;
// The screening inside the reference is looser in linear terms, so a convex rise (a penalty
// speeding up) stays in; in decades one reference-height already is a factor of ten or more.
const INNER_MARGIN = 3;
const INNER_MARGIN_LOG = 1;
const WARMUP_MIN = 5;
const TREND_SHARE = 0.2;
const ENVELOPE_MARGIN = 1;
const CLIP_RATIO = 8;
const CLIP_RATIO_LOG = 4; // in decades: a 2-decade run under a 10-decade blow-up is clipped

function floorOf(lo, hi, log) {
  return log ? 0.1 : Math.max(Math.abs(lo), Math.abs(hi)) * 0.1 || 1e-12;
}

/** Low, top, upward trend (per step, from the top of its first to the top of its last fifth). */
function envelope(points, log) {
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of points) {
    if (p.v < lo) lo = p.v;
    if (p.v > hi) hi = p.v;
  }
  const first = points[0].x;
  const last = points[points.length - 1].x;
  const span = last - first;
  let trend = 0;
  if (span > 0 && points.length >= 4) {
    const cut = span * TREND_SHARE;
    let head = -Infinity;
    let tail = -Infinity;
    for (const p of points) {
      if (p.x <= first + cut && p.v > head) head = p.v;
      if (p.x >= last - cut && p.v > tail) tail = p.v;
    }
    trend = Math.max(0, (tail - head) / (span * (1 - TREND_SHARE)));
  }
  return { lo, hi, trend, end: last, height: Math.max(hi - lo, floorOf(lo, hi, log)) };
}

/** The reference's top at step x: its top, carried on by its upward trend past its end. */
function topAt(ref, x) {
  return ref.hi + ref.trend * Math.max(0, x - ref.end);
}

function limitAt(ref, x, margin = ENVELOPE_MARGIN) {
  return topAt(ref, x) + margin * ref.height;
}

/** The envelope of `points` (step order) up to step x1, screened against its own first half. */
function reference(points, x0, x1, depth, log) {
  let window = points.filter((p) => p.x <= x1);
  if (window.length < WARMUP_MIN) window = points.slice(0, WARMUP_MIN);
  if (depth === 0 || window.length < 2 * WARMUP_MIN) return envelope(window, log);
  const inner = reference(window, x0, x0 + (x1 - x0) / 2, depth - 1, log);
  const margin = log ? INNER_MARGIN_LOG : INNER_MARGIN;
  const kept = window.filter((p) => p.v <= limitAt(inner, p.x, margin));
  return envelope(kept.length ? kept : window, log);
}

/**
 * Return the y range of the lines (arrays of numbers or null, aligned to the steps `xs`):
 * `fullLo/fullHi` over every finite value, and `lo/hi` fitted to the bulk (W&B's "ignore
 * outliers in chart scaling"): a run that diverges to 2.5e10 after 400 healthy steps is fitted
 * to the 400 steps, a penalty that rises through the run is shown whole. `clipped` says whether
 * lo/hi leave some values out. With `log`, spans are measured in decades and only positive
 * values count; a line whose `fitted` entry is false is shown whole. Null when there is nothing
 * finite to draw. Without `xs`, a value's index is its step.
 */
export function fitRange(lines, log, fitted = null, xs = null) {
  const t = log ? Math.log10 : (v) => v;
  const back = log ? (v) => 10 ** v : (v) => v;
  const perLine = lines.map((line) => {
    const points = [];
    for (let k = 0; k < line.length; k++) {
      const v = line[k];
      if (v !== null && Number.isFinite(v) && (!log || v > 0)) points.push({ x: xs ? xs[k] : k, v: t(v) });
    }
    return points;
  });
  let first = Infinity;
  let last = -Infinity;
  perLine.forEach((points, index) => {
    if (!points.length || (fitted && fitted[index] === false)) return;
    first = Math.min(first, points[0].x);
    last = Math.max(last, points[points.length - 1].x);
  });
  const early = first + (last - first) * EARLY_SHARE;
  let pooled = null; // the reference of all fitted lines together, for a line with few points
  const pooledReference = () => {
    if (pooled === null) {
      const all = [];
      perLine.forEach((points, index) => { if (!fitted || fitted[index] !== false) all.push(...points); });
      all.sort((a, b) => a.x - b.x);
      pooled = reference(all, first, early, REFERENCE_DEPTH, log);
    }
    return pooled;
  };
  let fullLo = Infinity;
  let fullHi = -Infinity;
  let lo = Infinity;
  let hi = -Infinity;
  perLine.forEach((points, index) => {
    if (!points.length) return;
    let lineLo = Infinity;
    let lineHi = -Infinity;
    for (const p of points) {
      lineLo = Math.min(lineLo, p.v);
      lineHi = Math.max(lineHi, p.v);
    }
    fullLo = Math.min(fullLo, lineLo);
    fullHi = Math.max(fullHi, lineHi);
    const fit = !fitted || fitted[index] !== false;
    let excursion = false;
    let bulkLo = Infinity;
    let bulkHi = -Infinity;
    if (fit) {
      const own = points.filter((p) => p.x <= early).length >= WARMUP_MIN;
      const ref = own ? reference(points, first, early, REFERENCE_DEPTH, log) : pooledReference();
      const far = points.findIndex((p) => p.v > limitAt(ref, p.x));
      if (far >= 0) {
        // The excursion starts where the line left the reference's top on the way there.
        let start = far;
        while (start > 0 && points[start - 1].v > topAt(ref, points[start - 1].x)) start--;
        points.forEach((p, k) => {
          // Only upward excursions are cut: a loss falls below its early values by design.
          if (p.v > limitAt(ref, p.x)) return;
          bulkLo = Math.min(bulkLo, p.v);
          if (k < start) bulkHi = Math.max(bulkHi, p.v);
        });
        if (bulkHi === -Infinity) bulkHi = bulkLo;
        const ratio = log ? CLIP_RATIO_LOG : CLIP_RATIO;
        excursion = bulkLo !== Infinity
          && lineHi - lineLo > ratio * Math.max(bulkHi - bulkLo, floorOf(bulkLo, bulkHi, log));
      }
    }
    lo = Math.min(lo, excursion ? bulkLo : lineLo);
    hi = Math.max(hi, excursion ? bulkHi : lineHi);
  });
  if (fullLo === Infinity) return null;
  return { lo: back(lo), hi: back(hi), fullLo: back(fullLo), fullHi: back(fullHi),
    clipped: lo > fullLo || hi < fullHi };
}
