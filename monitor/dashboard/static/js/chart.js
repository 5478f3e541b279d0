// Shared chart code of the run and compare pages: fetch series, smooth them, draw them with
// uPlot (global `uPlot` from static/vendor). User text only ever reaches the page through
// textContent (uPlot's legend does the same).

export const PALETTE = [
  "#2459d6", "#e8590c", "#1a9850", "#8e44ad", "#c2185b", "#00838f",
  "#6d4c41", "#5c6bc0", "#b08900", "#455a64", "#d81b60", "#2e7d32",
];
const SPLIT_COLORS = { train: "#2459d6", val: "#e8590c", valid: "#e8590c", validation: "#e8590c",
  test: "#1a9850", eval: "#1a9850" };
const BAND_COLORS = {
  critical: ["rgba(198, 42, 42, 0.12)", "rgba(198, 42, 42, 0.85)"],
  warning: ["rgba(217, 130, 6, 0.13)", "rgba(161, 92, 0, 0.9)"],
  info: ["rgba(75, 91, 118, 0.09)", "rgba(75, 91, 118, 0.85)"],
};
// Points asked of the server per series: enough for two per pixel on a wide screen; the
// server keeps min, max and last of each bucket, so spikes survive any zoom level.
export const MAX_POINTS = 4000;

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

/** TensorBoard's smoothing: an exponential moving average, debiased at the start. */
export function smooth(values, weight) {
  const out = new Array(values.length);
  let last = 0;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || !Number.isFinite(v)) {
      out[i] = v;
      continue;
    }
    last = last * weight + (1 - weight) * v;
    count++;
    out[i] = last / (1 - Math.pow(weight, count));
  }
  return out;
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

/**
 * One chart card: a title, a uPlot instance, and the plugins that draw alert bands, the best
 * step and non-finite values. `lines`: [{label, color, scale?: "y" | "pct"}].
 */
export class Panel {
  constructor(container, spec, hooks) {
    this.spec = spec;
    this.hooks = hooks;
    this.bands = spec.bands || [];
    this.markers = spec.markers || [];
    this.nonFinite = [];
    this.data = null;
    this.u = null;
    this.mode = "";
    this.card = document.createElement("div");
    this.card.className = "chart-card" + (spec.wide ? " wide" : "");
    this.card.dataset.panel = spec.id;
    const title = document.createElement("h3");
    title.textContent = spec.title;
    if (spec.note) {
      const note = document.createElement("span");
      note.className = "note";
      note.textContent = spec.note;
      title.appendChild(note);
    }
    this.plot = document.createElement("div");
    this.plot.className = "plot";
    this.card.append(title, this.plot);
    container.appendChild(this.card);
    this.resizer = new ResizeObserver(() => this.resize());
    this.resizer.observe(this.plot);
  }

  height() {
    const narrow = window.innerWidth < 640;
    return this.spec.wide ? (narrow ? 240 : 320) : (narrow ? 190 : 220);
  }

  resize() {
    if (this.u) {
      const width = this.plot.clientWidth;
      if (width > 0 && width !== this.u.width) this.u.setSize({ width, height: this.height() });
    }
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
    this.render(state);
  }

  render(state) {
    if (!this.data) return;
    const log = this.spec.forceLog || state.logY;
    const smoothed = state.smoothing > 0;
    const mode = `${log}|${smoothed}`;
    const data = [this.data.xs];
    for (const column of this.data.columns) {
      const shown = drawable(column, log);
      data.push(shown);
      if (smoothed) data.push(smooth(shown, state.smoothing));
    }
    if (!this.u || this.mode !== mode) {
      this.build(data, log, smoothed, state);
      this.mode = mode;
    } else {
      this.u.setData(data);
    }
    if (state.view) this.u.setScale("x", { min: state.view.start, max: state.view.end });
  }

  build(data, log, smoothed, state) {
    if (this.u) this.u.destroy();
    const series = [{ label: "step", value: (u, v) => formatStep(v) }];
    this.spec.lines.forEach((line) => {
      const scale = line.scale || "y";
      const fmt = scale === "pct" ? (u, v) => (v == null ? "–" : `${v.toFixed(1)}%`) : (u, v) => formatValue(v);
      series.push({
        label: line.label, scale, value: fmt, spanGaps: true,
        stroke: smoothed ? withAlpha(line.color, 0.28) : line.color,
        width: smoothed ? 1 : 1.5,
        dash: smoothed ? undefined : line.dash,
        class: smoothed ? "faint" : undefined,
        points: { size: 4 },
      });
      if (smoothed) {
        series.push({ label: line.label, scale, value: fmt, spanGaps: true, stroke: line.color,
          width: 1.75, dash: line.dash, points: { show: false } });
      }
    });
    const yScale = log ? { distr: 3, log: 10 } : { auto: true };
    const axisStyle = { stroke: "#687385", grid: { stroke: "#eef0f3", width: 1 }, ticks: { stroke: "#e2e5ea", width: 1, size: 4 },
      font: "11px system-ui, sans-serif" };
    const axes = [
      { ...axisStyle, values: (u, ticks) => ticks.map(formatStep) },
      { ...axisStyle, size: axisSize, values: (u, ticks) => ticks.map(formatTick) },
    ];
    const scales = { x: { time: false }, y: yScale };
    if (this.spec.lines.some((l) => l.scale === "pct")) {
      scales.pct = { auto: true, range: (u, min, max) => [0, Math.max(1, Math.min(100, max * 1.15))] };
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
      },
      hooks: {
        setSelect: [(u) => this.selected(u)],
        drawClear: [(u) => this.drawBands(u)],
        draw: [(u) => this.drawMarkers(u)],
      },
    };
    this.u = new uPlot(opts, data, this.plot);
    // Hide the faint raw rows from the legend; their smoothed twins carry the read-out.
    if (smoothed) {
      const rows = this.u.root.querySelectorAll(".u-legend .u-series");
      rows.forEach((row, i) => { if (i > 0 && i % 2 === 1) row.classList.add("faint"); });
    }
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

  drawBands(u) {
    if (!this.bands.length) return;
    const { left, top, width, height } = u.bbox;
    const ctx = u.ctx;
    ctx.save();
    ctx.beginPath();
    ctx.rect(left, top, width, height);
    ctx.clip();
    ctx.font = `${11 * devicePixelRatio}px system-ui, sans-serif`;
    ctx.textAlign = "left"; // uPlot leaves the axes' alignment on the shared context
    ctx.textBaseline = "alphabetic";
    for (const band of this.bands) {
      const [fill, text] = BAND_COLORS[band.severity] || BAND_COLORS.info;
      const x0 = u.valToPos(band.from, "x", true);
      const to = band.to === null || band.to === undefined ? u.scales.x.max : band.to;
      const x1 = u.valToPos(to, "x", true);
      const w = Math.max(x1 - x0, 3 * devicePixelRatio);
      ctx.fillStyle = fill;
      ctx.fillRect(x0, top, w, height);
      ctx.fillStyle = text;
      ctx.fillRect(x0, top, Math.max(1, devicePixelRatio), height);
      if (this.spec.wide) ctx.fillText(band.label, x0 + 4 * devicePixelRatio, top + 12 * devicePixelRatio);
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
    // Non-finite values (the divergence signal) as red ticks along the top edge.
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
      ctx.fillText(label, Math.min(x + 6 * dpr, left + width - w - 2 * dpr), top + 30 * dpr);
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
    onChange();
  });
  reset.addEventListener("click", onReset);
  return {
    zoomed(view) {
      reset.disabled = !view;
      document.getElementById("range").textContent = view
        ? `steps ${formatStep(view.start)}–${formatStep(view.end)}`
        : "";
    },
  };
}
