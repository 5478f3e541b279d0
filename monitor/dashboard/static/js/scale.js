// Pure helpers of the charts (no DOM, no uPlot): smoothing over steps, which series are drawn
// raw, and the y range that fits the bulk of a run rather than its worst excursion.

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

// A line's early points set its normal envelope; later points more than ENVELOPE_MARGIN
// envelope-heights above it are an excursion. The chart is fitted to the rest only when the
// excursion would otherwise squash the rest into less than 1/CLIP_RATIO of the height.
const WARMUP_SHARE = 0.1;
const WARMUP_MIN = 5;
const ENVELOPE_MARGIN = 1;
const CLIP_RATIO = 8;
const CLIP_RATIO_LOG = 4; // in decades: a 2-decade run under a 10-decade blow-up is clipped

function envelope(values) {
  const n = values.length;
  const warm = Math.min(n, Math.max(WARMUP_MIN, Math.ceil(n * WARMUP_SHARE)));
  let wlo = Infinity;
  let whi = -Infinity;
  for (let i = 0; i < warm; i++) {
    wlo = Math.min(wlo, values[i]);
    whi = Math.max(whi, values[i]);
  }
  return [wlo, whi];
}

/**
 * Return the y range of the lines (arrays of numbers or null, in step order): `fullLo/fullHi`
 * over every finite value, and `lo/hi` fitted to the bulk (W&B's "ignore outliers in chart
 * scaling"): a run that diverges to 2.5e10 after 400 healthy steps is fitted to the 400 steps.
 * `clipped` says whether lo/hi leave some values out. With `log`, spans are measured in decades
 * and only positive values count; a line whose `fitted` entry is false is shown whole. Null when
 * there is nothing finite to draw.
 */
export function fitRange(lines, log, fitted = null) {
  const t = log ? Math.log10 : (v) => v;
  const back = log ? (v) => 10 ** v : (v) => v;
  let fullLo = Infinity;
  let fullHi = -Infinity;
  let lo = Infinity;
  let hi = -Infinity;
  lines.forEach((line, index) => {
    const values = [];
    for (const v of line) if (v !== null && Number.isFinite(v) && (!log || v > 0)) values.push(t(v));
    if (!values.length) return;
    let lineLo = Infinity;
    let lineHi = -Infinity;
    for (const v of values) {
      lineLo = Math.min(lineLo, v);
      lineHi = Math.max(lineHi, v);
    }
    fullLo = Math.min(fullLo, lineLo);
    fullHi = Math.max(fullHi, lineHi);
    const [wlo, whi] = envelope(values);
    const floor = log ? 0.1 : Math.max(Math.abs(wlo), Math.abs(whi)) * 0.1 || 1e-12;
    const margin = ENVELOPE_MARGIN * Math.max(whi - wlo, floor);
    let bulkLo = Infinity;
    let bulkHi = -Infinity;
    for (const v of values) {
      // Only upward excursions are cut: a loss falls below its early values by design.
      if (v > whi + margin) continue;
      bulkLo = Math.min(bulkLo, v);
      bulkHi = Math.max(bulkHi, v);
    }
    const ratio = log ? CLIP_RATIO_LOG : CLIP_RATIO;
    const fit = !fitted || fitted[index] !== false;
    const excursion = fit && lineHi - lineLo > ratio * Math.max(bulkHi - bulkLo, floor);
    lo = Math.min(lo, excursion ? bulkLo : lineLo);
    hi = Math.max(hi, excursion ? bulkHi : lineHi);
  });
  if (fullLo === Infinity) return null;
  return { lo: back(lo), hi: back(hi), fullLo: back(fullLo), fullHi: back(fullHi),
    clipped: lo > fullLo || hi < fullHi };
}
