// Shared chart code of the run and compare pages: fetch series, smooth them, fit the y axis,
// draw them with uPlot (global `uPlot` from static/vendor). User text only ever reaches the
// page through textContent (uPlot's legend does the same).
import { fitRange, isEvaluation, isStepLike, smooth } from "./scale.js";

export { fitRange, smooth };

export const PALETTE = [
  "#2459d6", "#e8590c", "#1a9850", "#8e44ad", "#c2185b", "#00838f",
  "#6d4c41", "#5c6bc0", "#b08900", "#455a64", "#d81b60", "#2e7d32",
];
const SPLIT_COLORS = { train: "#2459d6", val: "#e8590c", valid: "#e8590c", validation: "#e8590c",
  test: "#1a9850", eval: "#1a9850" };
// Severity colours, the same as the badges' (dashboard.css): critical red, warning amber,
// info neutral slate. [band fill, edge and label]
export const SEVERITY_COLORS = {
  critical: ["rgba(198, 42, 42, 0.10)", "#c62a2a"],
  warning: ["rgba(217, 130, 6, 0.12)", "#a15c00"],
  info: ["rgba(75, 91, 118, 0.08)", "#4b5b76"],
};
export const SEVERITY_RANK = { critical: 0, warning: 1, info: 2 };
// Points asked of the server per series: enough for two per pixel on a wide screen; the
// server keeps min, max and last of each bucket, so spikes survive any zoom level.
export const MAX_POINTS = 4000;
// A line with at most this many points in view is drawn raw, with a marker on each point.
export const SPARSE_POINTS = 64;
const MARKER_POINTS = 200;

export function colorFor(key, index) {
  const split = key.split("/")[0];
  return SPLIT_COLORS[split] || PALETTE[(index + 2) % PALETTE.length];
}

function decode(value) {
  if (typeof value === "number") return value;
  if (value === "NaN") return NaN;
  if (value === "Infinity") return Infinity;
  if (value === "-Infinity") return -Infinity;
  return null;
}

/** Fetch one series of a run, for the whole run or the view {start, end}. */
export async function fetchSeries(runId, key, view) {
  const params = new URLSearchParams({ max_points: String(MAX_POINTS) });
  if (view) {
    params.set("start", String(Math.max(0, Math.floor(view.start))));
    params.set("end", String(Math.max(0, Math.ceil(view.end))));
  }
  const path = key.split("/").map(encodeURIComponent).join("/");
  const response = await fetch(`/api/v1/runs/${runId}/series/${path}?${params}`, {
    credentials: "same-origin",
    headers: { Accept: "application/json" },
  });
  if (response.status === 404) return { key, steps: [], values: [], total: 0 };
  if (!response.ok) throw new Error(`series ${key}: HTTP ${response.status}`);
  const body = await response.json();
  return { key, steps: body.steps, values: body.values.map(decode), total: body.total,
    downsampled: body.downsampled };
}

export async function getJSON(url) {
  const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** Put series with their own steps on one shared x axis; missing points become null. */
export function align(series) {
  const all = [];
  for (const s of series) for (const step of s.steps) all.push(step);
  all.sort((a, b) => a - b);
  const xs = [];
  for (const step of all) if (xs.length === 0 || xs[xs.length - 1] !== step) xs.push(step);
  const columns = series.map((s) => {
    const column = new Array(xs.length).fill(null);
    let j = 0;
    for (let i = 0; i < s.steps.length; i++) {
      while (xs[j] < s.steps[i]) j++;
      column[j] = s.values[i];
    }
    return column;
  });
  return { xs, columns };
}

/** For each step of `base`, the latest value of `other` at or before it (an as-of join). */
export function asOf(base, other) {
  const out = new Array(base.steps.length).fill(null);
  let j = -1;
  for (let i = 0; i < base.steps.length; i++) {
    while (j + 1 < other.steps.length && other.steps[j + 1] <= base.steps[i]) j++;
    if (j >= 0) out[i] = other.values[j];
  }
  return out;
}

export function formatValue(v) {
  if (v === null || v === undefined) return "–";
  if (Number.isNaN(v)) return "NaN";
  if (!Number.isFinite(v)) return v > 0 ? "∞" : "−∞";
  const a = Math.abs(v);
  if (a !== 0 && (a >= 1e6 || a < 1e-3)) return v.toExponential(3);
  return String(Number(v.toPrecision(4)));
}

/** Format an axis tick: short, exponent only for very large or small magnitudes. */
export function formatTick(v) {
  if (v === null || v === undefined) return "";
  const a = Math.abs(v);
  if (a !== 0 && (a >= 1e5 || a < 1e-3)) return v.toExponential(1).replace(".0e", "e").replace("e+", "e");
  return String(Number(v.toPrecision(6)));
}

function axisSize(u, values, axisIdx, cycleNum) {
  // Wide enough for the longest tick label (uPlot's axis autosize demo).
  const axis = u.axes[axisIdx];
  if (cycleNum > 1) return axis._size;
  let size = axis.ticks.size + axis.gap;
  const longest = (values || []).reduce((acc, v) => (v.length > acc.length ? v : acc), "");
  if (longest) {
    u.ctx.font = axis.font[0];
    size += u.ctx.measureText(longest).width / devicePixelRatio;
  }
  return Math.ceil(size) + 8;
}

export function formatStep(v) {
  if (v === null || v === undefined) return "–";
  const a = Math.abs(v);
  if (a >= 1e9) return `${+(v / 1e9).toFixed(2)}G`;
  if (a >= 1e6) return `${+(v / 1e6).toFixed(2)}M`;
  if (a >= 1e4) return `${+(v / 1e3).toFixed(1)}k`;
  return String(Math.round(v));
}

function withAlpha(hex, alpha) {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

function drawable(column, log) {
  // uPlot draws null as a gap; NaN and infinities are marked separately, and a log axis
  // has no place for zero or below.
  return column.map((v) => (v === null || !Number.isFinite(v) || (log && v <= 0) ? null : v));
}

function finiteCount(column) {
  let n = 0;
  for (const v of column) if (v !== null && Number.isFinite(v)) n++;
  return n;
}

/** Return the index nearest to `idx` at which `column` holds a logged value (NaN included). */
function nearestLogged(column, idx) {
  if (idx === null || idx === undefined) return null;
  if (column[idx] !== null && column[idx] !== undefined) return idx;
  for (let d = 1; d < column.length; d++) {
    if (idx - d >= 0 && column[idx - d] !== null) return idx - d;
    if (idx + d < column.length && column[idx + d] !== null) return idx + d;
    if (idx - d < 0 && idx + d >= column.length) break;
  }
  return null;
}

/** Lay labels of [x0, width] into lanes so that none overprints another; return lane per label. */
export function laneLabels(items, gap) {
  const ends = [];
  return items.map(({ x, width }) => {
    let lane = ends.findIndex((end) => end + gap <= x);
    if (lane < 0) {
      lane = ends.length;
      ends.push(0);
    }
    ends[lane] = x + width;
    return lane;
  });
}

/**
 * One chart card: a title, per-chart controls (log y, full range), a uPlot instance, and the
 * plugins that draw alert bands, the best step, clipped excursions and non-finite values.
 * `lines`: [{label, color, key?, scale?: "y" | "pct", dash?}].
 */
export class Panel {
  constructor(container, spec, hooks) {
    this.spec = spec;
    this.hooks = hooks;
    this.bands = spec.bands || [];
    this.markers = spec.markers || [];
    this.nonFinite = [];
    this.clipped = [];
    this.bandLabels = [];
    this.data = null;
    this.u = null;
    this.mode = "";
    this.logOverride = null; // the chart's own log toggle; null follows the page's
    this.fullRange = false;
    this.range = null;
    this.card = document.createElement("div");
    this.card.className = "chart-card" + (spec.wide ? " wide" : "");
    this.card.dataset.panel = spec.id;
    const head = document.createElement("div");
    head.className = "chart-head";
    const title = document.createElement("h3");
    title.textContent = spec.title;
    if (spec.note) {
      const note = document.createElement("span");
      note.className = "note";
      note.textContent = spec.note;
      title.appendChild(note);
    }
    const tools = document.createElement("div");
    tools.className = "chart-tools";
    this.clipNote = document.createElement("span");
    this.clipNote.className = "clip-note";
    this.clipNote.hidden = true;
    this.rangeButton = document.createElement("button");
    this.rangeButton.type = "button";
    this.rangeButton.className = "link range-toggle";
    this.rangeButton.hidden = true;
    this.rangeButton.addEventListener("click", () => {
      this.fullRange = !this.fullRange;
      this.render(this.lastState);
    });
    const logLabel = document.createElement("label");
    logLabel.className = "toggle small";
    this.logBox = document.createElement("input");
    this.logBox.type = "checkbox";
    this.logBox.className = "chart-log";
    this.logBox.addEventListener("change", () => {
      this.logOverride = this.logBox.checked;
      this.render(this.lastState);
    });
    logLabel.append(this.logBox, document.createTextNode(" log"));
    tools.append(this.clipNote, this.rangeButton, logLabel);
    head.append(title, tools);
    this.plot = document.createElement("div");
    this.plot.className = "plot";
    this.card.append(head, this.plot);
    container.appendChild(this.card);
    this.resizer = new ResizeObserver(() => this.resize());
    this.resizer.observe(this.plot);
  }

  height() {
    const narrow = window.innerWidth < 640;
    return this.spec.wide ? (narrow ? 240 : 320) : (narrow ? 190 : 220);
  }

  resize() {
    if (!this.u && this.data && this.plot.clientWidth > 0 && this.lastState) this.render(this.lastState);
    if (this.u) {
      const width = this.plot.clientWidth;
      if (width > 0 && width !== this.u.width) this.u.setSize({ width, height: this.height() });
    }
  }

  log(state) {
    if (this.logOverride !== null) return this.logOverride;
    return Boolean(this.spec.forceLog || state.logY);
  }

  /** Set the raw columns (aligned to xs) and redraw with the page's controls. */
  setData(xs, columns, state) {
    this.data = { xs, columns };
    this.nonFinite = [];
    columns.forEach((column, i) => {
      for (let k = 0; k < column.length; k++) {
        const v = column[k];
        if (v !== null && !Number.isFinite(v)) this.nonFinite.push({ step: xs[k], line: i, value: v });
      }
    });
    // Evaluations, sparse series and step-like ones (lr, epoch) are drawn as logged: an
    // average of five evaluations, or a ramp where the lr stepped, would be made up.
    this.rawOnly = columns.map((column, i) => {
      const line = this.spec.lines[i] || {};
      const key = line.key || line.label || "";
      return Boolean(line.raw) || finiteCount(column) <= SPARSE_POINTS
        || isEvaluation(key) || isStepLike(key, column);
    });
    this.markersOn = columns.map((column, i) => this.rawOnly[i] && finiteCount(column) <= MARKER_POINTS);
    // A schedule's jump (lr ×2500) is the story, not an outlier: its chart shows all of it.
    this.fitted = columns.map((column, i) => {
      const line = this.spec.lines[i] || {};
      return !isStepLike(line.key || line.label || "", column);
    });
    this.render(state);
  }

  render(state) {
    if (!state) return;
    this.lastState = state;
    if (!this.data) return;
    const log = this.log(state);
    this.logBox.checked = log;
    const smoothing = state.smoothing;
    const data = [this.data.xs];
    this.columnOf = [null]; // uPlot series index → raw column index
    this.twin = [false];
    const raw = [];
    this.data.columns.forEach((column, i) => {
      const shown = drawable(column, log);
      raw.push(shown);
      data.push(shown);
      this.columnOf.push(i);
      this.twin.push(false);
      if (smoothing > 0 && !this.rawOnly[i]) {
        data.push(smooth(this.data.xs, shown, smoothing));
        this.columnOf.push(i);
        this.twin.push(true);
      }
    });
    const onY = (i) => (this.spec.lines[i]?.scale || "y") === "y";
    this.range = fitRange(raw.filter((_, i) => onY(i)), log, this.fitted.filter((_, i) => onY(i)),
      this.data.xs);
    this.findClipped(raw);
    this.updateRangeControls();
    const mode = `${log}|${this.twin.join(",")}|${this.markersOn.join(",")}`;
    if (!this.u || this.mode !== mode) {
      if (this.plot.clientWidth === 0 && this.u === null) {
        // Inside a collapsed section: draw when it opens (resize() calls back here).
        return;
      }
      this.build(data, log);
      this.mode = mode;
    } else {
      this.u.setData(data);
    }
    if (state.view) this.u.setScale("x", { min: state.view.start, max: state.view.end });
  }

  /** The y range shown: the bulk of the data, or everything when the user asked for it. */
  yRange(log) {
    const r = this.range;
    if (!r) return log ? [1, 10] : [0, 1];
    const lo = this.fullRange ? r.fullLo : r.lo;
    const hi = this.fullRange ? r.fullHi : r.hi;
    if (log) {
      // Whole decades around the finite values, never past what a double can hold, so the
      // axis keeps its labels when a perplexity overflows.
      let a = Math.floor(Math.log10(lo));
      let b = Math.ceil(Math.log10(hi));
      if (b === a) { a -= 1; b += 1; }
      return [10 ** Math.max(a, -300), 10 ** Math.min(b, 300)];
    }
    const span = hi - lo || Math.abs(hi) || 1;
    const pad = span * 0.05;
    const bottom = lo >= 0 && lo - pad < 0 ? 0 : lo - pad;
    return [bottom, hi + pad];
  }

  findClipped(raw) {
    this.clipped = [];
    const r = this.range;
    if (!r || this.fullRange || !r.clipped) return;
    const [lo, hi] = [r.lo, r.hi];
    raw.forEach((column, i) => {
      if ((this.spec.lines[i]?.scale || "y") !== "y") return;
      for (let k = 0; k < column.length; k++) {
        const v = column[k];
        if (v === null) continue;
        if (v > hi || v < lo) this.clipped.push({ step: this.data.xs[k], line: i, value: v, above: v > hi });
      }
    });
  }

  updateRangeControls() {
    const r = this.range;
    const canClip = Boolean(r && r.clipped);
    this.rangeButton.hidden = !canClip;
    this.clipNote.hidden = !canClip || this.fullRange;
    if (!canClip) return;
    this.rangeButton.textContent = this.fullRange ? "Fit to the bulk" : "Show full range";
    let top = null;
    for (const c of this.clipped) if (top === null || Math.abs(c.value) > Math.abs(top.value)) top = c;
    this.clipNote.textContent = top
      ? `${this.clipped.length} point${this.clipped.length === 1 ? "" : "s"} off scale, up to ${formatValue(top.value)} at step ${formatStep(top.step)}`
      : "";
  }

  build(data, log) {
    if (this.u) this.u.destroy();
    const series = [{ label: "step", value: (u, v) => formatStep(v) }];
    const columns = this.data.columns;
    for (let si = 1; si < data.length; si++) {
      const ci = this.columnOf[si];
      const line = this.spec.lines[ci];
      const scale = line.scale || "y";
      const twin = this.twin[si];
      const hasTwin = this.twin[si + 1] === true;
      const pct = scale === "pct";
      const fmt = (v) => (pct ? (v == null || !Number.isFinite(v) ? formatValue(v) : `${v.toFixed(1)}%`) : formatValue(v));
      const column = columns[ci];
      series.push({
        label: twin ? "smoothed" : line.label,
        scale,
        spanGaps: true,
        stroke: hasTwin ? withAlpha(line.color, 0.3) : line.color,
        width: twin ? 1.75 : hasTwin ? 1 : 1.5,
        dash: hasTwin ? undefined : line.dash,
        class: twin ? "smoothed" : undefined,
        points: this.markersOn[ci] && !twin ? { show: true, size: 5, width: 1 } : { show: false },
        // The read-out is the value logged at the cursor's step, or at the nearest logged
        // step (named) when this series has nothing at that step; smoothed twins say so.
        value: (u, v, sidx, idx) => {
          if (idx === null || idx === undefined) return "–";
          if (twin) return fmt(v);
          const logged = column[idx];
          const text = fmt(logged);
          const at = u.cursor.idx;
          return at !== null && at !== undefined && idx !== at ? `${text} @${formatStep(u.data[0][idx])}` : text;
        },
      });
    }
    const yScale = log ? { distr: 3, log: 10 } : { auto: true };
    yScale.range = () => this.yRange(log);
    const axisStyle = { stroke: "#687385", grid: { stroke: "#eef0f3", width: 1 }, ticks: { stroke: "#e2e5ea", width: 1, size: 4 },
      font: "11px system-ui, sans-serif" };
    const axes = [
      { ...axisStyle, values: (u, ticks) => ticks.map(formatStep) },
      { ...axisStyle, size: axisSize, values: (u, ticks) => ticks.map(formatTick) },
    ];
    const scales = { x: { time: false }, y: yScale };
    if (this.spec.lines.some((l) => l.scale === "pct")) {
      scales.pct = { auto: true, range: (u, min, max) => [0, Math.max(1, Math.min(100, (max ?? 1) * 1.15))] };
      axes.push({ ...axisStyle, scale: "pct", side: 1, size: axisSize, grid: { show: false },
        values: (u, ticks) => ticks.map((t) => `${+t.toFixed(1)}%`) });
    }
    const opts = {
      width: Math.max(this.plot.clientWidth, 200),
      height: this.height(),
      series, scales, axes,
      legend: { live: true },
      cursor: {
        drag: { x: true, y: false, setScale: false },
        sync: { key: this.hooks.syncKey, setSeries: false },
        points: { size: 6 },
        // Each series' cursor point sits on its own nearest logged value.
        dataIdx: (u, si, idx) => (si === 0 ? idx : nearestLogged(columns[this.columnOf[si]], idx)),
      },
      hooks: {
        setSelect: [(u) => this.selected(u)],
        drawAxes: [(u) => this.drawBands(u)], // over the grid, under the lines
        draw: [(u) => this.drawMarkers(u)],
      },
    };
    this.u = new uPlot(opts, data, this.plot);
    this.u.over.addEventListener("dblclick", () => this.hooks.onReset());
  }

  selected(u) {
    if (u.select.width > 4) {
      const start = u.posToVal(u.select.left, "x");
      const end = u.posToVal(u.select.left + u.select.width, "x");
      this.hooks.onZoom(start, end);
    }
    if (u.select.width > 0) u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
  }

  /**
   * Alert episodes as vertical spans over the whole plot height (whatever the y scale). Where
   * episodes overlap, the span takes the most severe one's colour instead of mixing them; each
   * episode keeps its own edge line, and its label sits in the first lane where it fits.
   */
  drawBands(u) {
    this.bandLabels = [];
    if (!this.bands.length) return;
    const dpr = devicePixelRatio;
    const { left, top, width, height } = u.bbox;
    const ctx = u.ctx;
    const spans = this.bands.map((band) => {
      const to = band.to === null || band.to === undefined ? u.scales.x.max : band.to;
      const x0 = u.valToPos(band.from, "x", true);
      const x1 = Math.max(u.valToPos(to, "x", true), x0 + 3 * dpr);
      return { band, x0, x1, rank: SEVERITY_RANK[band.severity] ?? 2 };
    }).sort((a, b) => a.x0 - b.x0 || a.rank - b.rank);
    ctx.save();
    ctx.beginPath();
    ctx.rect(left, top, width, height);
    ctx.clip();
    const edges = [...new Set(spans.flatMap((s) => [s.x0, s.x1]))].sort((a, b) => a - b);
    for (let i = 0; i + 1 < edges.length; i++) {
      const [a, b] = [edges[i], edges[i + 1]];
      let worst = null;
      for (const s of spans) if (s.x0 <= a && s.x1 >= b && (worst === null || s.rank < worst.rank)) worst = s;
      if (!worst) continue;
      ctx.fillStyle = (SEVERITY_COLORS[worst.band.severity] || SEVERITY_COLORS.info)[0];
      ctx.fillRect(a, top, b - a, height);
    }
    for (const s of spans) {
      ctx.fillStyle = (SEVERITY_COLORS[s.band.severity] || SEVERITY_COLORS.info)[1];
      ctx.fillRect(s.x0, top, Math.max(1, dpr), height);
    }
    if (this.spec.wide) {
      ctx.font = `600 ${11 * dpr}px system-ui, sans-serif`;
      ctx.textAlign = "left"; // uPlot leaves the axes' alignment on the shared context
      ctx.textBaseline = "middle";
      const pad = 4 * dpr;
      const laneHeight = 16 * dpr;
      const items = spans.map((s) => ({ x: s.x0 + 2 * dpr, width: ctx.measureText(s.band.label).width + 2 * pad }));
      // A label that would run past the right edge moves left, still starting on its band.
      items.forEach((item) => { item.x = Math.max(left, Math.min(item.x, left + width - item.width)); });
      const lanes = laneLabels(items, 4 * dpr);
      spans.forEach((s, i) => {
        const { x, width: w } = items[i];
        const y = top + 6 * dpr + lanes[i] * laneHeight; // below the clipped-values strip
        const color = (SEVERITY_COLORS[s.band.severity] || SEVERITY_COLORS.info)[1];
        ctx.fillStyle = "rgba(255, 255, 255, 0.92)";
        ctx.fillRect(x, y, w, laneHeight - 2 * dpr);
        ctx.fillStyle = color;
        ctx.fillRect(x, y, 2 * dpr, laneHeight - 2 * dpr);
        ctx.fillText(s.band.label, x + pad, y + (laneHeight - 2 * dpr) / 2);
        this.bandLabels.push({ label: s.band.label, severity: s.band.severity, x: x / dpr, y: y / dpr,
          width: w / dpr, height: (laneHeight - 2 * dpr) / dpr, lane: lanes[i] });
      });
    }
    ctx.restore();
  }

  drawMarkers(u) {
    const ctx = u.ctx;
    const { left, top, width, height } = u.bbox;
    const dpr = devicePixelRatio;
    ctx.save();
    ctx.beginPath();
    ctx.rect(left, top, width, height);
    ctx.clip();
    ctx.font = `${11 * dpr}px system-ui, sans-serif`;
    ctx.textAlign = "left";
    ctx.textBaseline = "alphabetic";
    for (const marker of this.markers) {
      const x = u.valToPos(marker.step, "x", true);
      if (x < left || x > left + width) continue;
      ctx.strokeStyle = marker.color;
      ctx.setLineDash([4 * dpr, 3 * dpr]);
      ctx.lineWidth = dpr;
      ctx.beginPath();
      ctx.moveTo(x, top);
      ctx.lineTo(x, top + height);
      ctx.stroke();
      ctx.setLineDash([]);
      const logScale = u.scales.y.distr === 3;
      let y = top + height / 2;
      if (Number.isFinite(marker.value) && (!logScale || marker.value > 0)) {
        y = u.valToPos(marker.value, "y", true);
        ctx.fillStyle = marker.color;
        ctx.beginPath();
        ctx.arc(x, y, 4 * dpr, 0, 2 * Math.PI);
        ctx.fill();
      }
      // The label sits above the dot on a white box, left of it near the right edge.
      const textWidth = ctx.measureText(marker.label).width;
      const pad = 4 * dpr;
      const tx = x + 8 * dpr + textWidth + pad > left + width ? x - 8 * dpr - textWidth : x + 8 * dpr;
      const ty = Math.max(top + 16 * dpr, y - 10 * dpr);
      ctx.fillStyle = "rgba(255, 255, 255, 0.9)";
      ctx.fillRect(tx - pad, ty - 12 * dpr, textWidth + 2 * pad, 16 * dpr);
      ctx.fillStyle = marker.color;
      ctx.fillText(marker.label, tx, ty);
    }
    // Values off the fitted scale: a strip in the line's colour along the edge they went
    // past, over the steps where they are, and a hollow wedge at the most extreme one.
    const strip = 3 * dpr;
    const extreme = new Map();
    for (const point of this.clipped) {
      const x = u.valToPos(point.step, "x", true);
      ctx.fillStyle = this.spec.lines[point.line]?.color || "#687385";
      ctx.fillRect(x - dpr, point.above ? top : top + height - strip, 2 * dpr, strip);
      const best = extreme.get(point.line);
      if (!best || Math.abs(point.value) > Math.abs(best.value)) extreme.set(point.line, point);
    }
    ctx.lineWidth = 1.5 * dpr;
    for (const point of extreme.values()) {
      const x = u.valToPos(point.step, "x", true);
      const edge = point.above ? top + strip : top + height - strip;
      const base = point.above ? edge + 7 * dpr : edge - 7 * dpr;
      ctx.strokeStyle = this.spec.lines[point.line]?.color || "#687385";
      ctx.fillStyle = "#fff";
      ctx.beginPath();
      ctx.moveTo(x, point.above ? top : top + height);
      ctx.lineTo(x - 5 * dpr, base);
      ctx.lineTo(x + 5 * dpr, base);
      ctx.closePath();
      ctx.fill();
      ctx.stroke();
    }
    // Non-finite values (the divergence signal) as solid red wedges along the top edge.
    ctx.fillStyle = "#c62a2a";
    for (const point of this.nonFinite) {
      const x = u.valToPos(point.step, "x", true);
      ctx.beginPath();
      ctx.moveTo(x - 4 * dpr, top);
      ctx.lineTo(x + 4 * dpr, top);
      ctx.lineTo(x, top + 7 * dpr);
      ctx.fill();
    }
    if (this.nonFinite.length) {
      const first = this.nonFinite[0];
      const label = `${formatValue(first.value)} at step ${formatStep(first.step)}`;
      const x = u.valToPos(first.step, "x", true);
      const w = ctx.measureText(label).width;
      const tx = Math.min(x + 6 * dpr, left + width - w - 2 * dpr);
      ctx.fillStyle = "rgba(255, 255, 255, 0.9)";
      ctx.fillRect(tx - 3 * dpr, top + 19 * dpr, w + 6 * dpr, 15 * dpr);
      ctx.fillStyle = "#c62a2a";
      ctx.fillText(label, tx, top + 30 * dpr);
    }
    ctx.restore();
  }

  destroy() {
    this.resizer.disconnect();
    if (this.u) this.u.destroy();
    this.card.remove();
  }
}

/** Wire the smoothing slider, log-y toggle and reset button to `onChange(state)`. */
export function controls(state, onChange, onReset) {
  const slider = document.getElementById("smoothing");
  const output = document.getElementById("smoothing-value");
  const logY = document.getElementById("log-y");
  const reset = document.getElementById("reset-zoom");
  const saved = Number(localStorage.getItem("lossmon.smoothing"));
  if (localStorage.getItem("lossmon.smoothing") !== null && saved >= 0 && saved < 1) state.smoothing = saved;
  slider.value = String(state.smoothing);
  output.textContent = state.smoothing.toFixed(2);
  logY.checked = state.logY;
  slider.addEventListener("input", () => {
    state.smoothing = Number(slider.value);
    output.textContent = state.smoothing.toFixed(2);
    localStorage.setItem("lossmon.smoothing", slider.value);
    onChange();
  });
  logY.addEventListener("change", () => {
    state.logY = logY.checked;
    state.logChosen = true;
    onChange({ logChanged: true });
  });
  reset.addEventListener("click", onReset);
  return {
    zoomed(view) {
      reset.disabled = !view;
      document.getElementById("range").textContent = view
        ? `steps ${formatStep(view.start)}–${formatStep(view.end)}`
        : "";
    },
    setLog(on) {
      state.logY = on;
      logY.checked = on;
    },
  };
}
