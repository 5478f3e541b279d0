// The run page: loss (train + val, best step, alert bands), regularization, perplexity and
// every other series, with smoothing, log-y, drag-zoom that fetches finer data, linked
// cursors, and live refresh while the run is going.
import { Panel, align, asOf, colorFor, controls, fetchSeries, formatStep, formatValue, getJSON } from "./chart.js";
import { isSystem, median } from "./scale.js";

const LIVE_STATUSES = new Set(["running", "stale"]);
const POLL_MS = 2000;
const data = JSON.parse(document.getElementById("run-data").textContent);
const state = { smoothing: 0.6, logY: false, view: null };
const page = { panels: {}, ready: false, loads: 0, state, data, best: data.best_val, refreshes: 0,
  penalty: Boolean(data.penalty_nonzero), formatValue };
window.lossmon = page;

const container = document.getElementById("charts");
const systemSection = document.getElementById("system");
const systemContainer = document.getElementById("system-charts");
const loading = document.getElementById("charts-loading");
let keys = data.series.map((s) => s.key);
let signature = seriesSignature(data.series);
let alerts = data.alerts;
let plan = [];
let timer = null;

const hooks = { syncKey: `run-${data.id}`, onZoom: zoom, onReset: () => zoom(null) };
const ui = controls(state, (change) => renderAll(change), () => zoom(null));

function seriesSignature(series) {
  return series.map((s) => `${s.key}:${s.last_step}`).join("|");
}

function splitRank(key) {
  const split = key.split("/")[0];
  return { train: 0, val: 1, valid: 1, validation: 1, test: 2 }[split] ?? 3;
}

function byRank(a, b) {
  return splitRank(a) - splitRank(b) || a.localeCompare(b);
}

/**
 * Decide which charts the run gets from the keys it has. The data loss (total − penalty) and
 * the penalty's share are drawn only when a penalty is logged and is not zero throughout;
 * bookkeeping series (runtime, throughput, epoch) go to the collapsed "System" section.
 */
function planPanels() {
  const has = new Set(keys);
  const used = new Set();
  const panels = [];
  const lossKeys = keys.filter((k) => k === "loss" || k.endsWith("/loss")).sort(byRank);
  const penalised = has.has("train/reg") && has.has("train/loss") && page.penalty;
  if (lossKeys.length) {
    const lines = lossKeys.map((k, i) => ({ label: k, key: k, color: colorFor(k, i) }));
    if (penalised) lines.push({ label: "train data loss (total − penalty)", key: "train/data_loss", color: "#0f8a8a", dash: [5, 4] });
    panels.push({ id: "loss", title: "Loss", wide: true, keys: lossKeys, bands: true, kind: "loss",
      note: data.loss_kind ? data.loss_kind : "", lines, penalised });
    lossKeys.forEach((k) => used.add(k));
  }
  if (penalised) {
    panels.push({ id: "reg", title: "Regularization penalty", kind: "reg", keys: ["train/loss", "train/reg"],
      note: "and its share of the total loss",
      lines: [
        { label: "train/reg", key: "train/reg", color: "#8e44ad" },
        { label: "share of loss", key: "train/reg_share", color: "#b08900", scale: "pct" },
      ] });
    used.add("train/reg");
  }
  const pplKeys = keys.filter((k) => k === "ppl" || k.endsWith("/ppl") || k.endsWith("/perplexity")).sort(byRank);
  // Perplexity means something only for cross-entropy losses in nats; elsewhere it is hidden.
  const showPerplexity = data.perplexity || (!data.loss_kind && pplKeys.length > 0);
  if (pplKeys.length && showPerplexity) {
    panels.push({ id: "ppl", title: "Perplexity", note: "log scale", forceLog: true, keys: pplKeys,
      lines: pplKeys.map((k, i) => ({ label: k, key: k, color: colorFor(k, i) })) });
  }
  pplKeys.forEach((k) => used.add(k));
  keys.filter((k) => !used.has(k)).forEach((k, i) => {
    panels.push({ id: `series:${k}`, title: k, keys: [k], system: isSystem(k),
      lines: [{ label: k, key: k, color: colorFor(k, i + 3) }] });
  });
  return panels;
}

function alertBands() {
  return alerts
    .filter((a) => a.opened_step !== null && a.opened_step !== undefined)
    .map((a) => ({ from: a.opened_step, to: a.state === "firing" ? null : a.resolved_step,
      severity: a.severity, label: a.detector, id: a.id }));
}

function bestMarker() {
  if (!page.best) return [];
  const label = `best val ${formatValue(page.best.value)} @ ${formatStep(page.best.step)}`;
  return [{ step: page.best.step, value: page.best.value, label, color: colorFor("val/loss", 0) }];
}

function rebuild() {
  for (const panel of Object.values(page.panels)) panel.destroy();
  page.panels = {};
  plan = planPanels();
  if (!plan.length) {
    loading.classList.remove("loading");
    loading.textContent = LIVE_STATUSES.has(data.status)
      ? "No points yet. This page shows them as soon as the run sends some."
      : "This run has no points.";
  }
  const system = plan.filter((spec) => spec.system);
  systemSection.hidden = system.length === 0;
  document.getElementById("system-count").textContent = String(system.length);
  for (const spec of plan) {
    const panel = new Panel(spec.system ? systemContainer : container, spec, hooks);
    panel.card.hidden = true; // until its data arrives; the loading card stands in
    panel.bands = alertBands();
    panel.markers = spec.id === "loss" ? bestMarker() : [];
    page.panels[spec.id] = panel;
  }
}

function hasPenalty(reg) {
  return Boolean(reg) && reg.values.some((v) => v !== null && Number.isFinite(v) && v !== 0);
}

/**
 * The data loss (total − penalty) and the penalty's share, at the train loss's steps. Where
 * the total and the penalty agree to their own precision (~7 digits, float32) and that
 * precision is coarse next to the run's data loss (a blow-up where both reach 2e10), their
 * difference says nothing: no point there, rather than a data loss of 0.
 */
function decompose(byKey) {
  const loss = byKey["train/loss"];
  const penalty = asOf(loss, byKey["train/reg"]);
  const raw = loss.values.map((v, i) => (penalty[i] === null || v === null ? null : v - penalty[i]));
  const typical = median(raw.map((d) => (d === null ? null : Math.abs(d)))) ?? 0;
  const dataLoss = raw.map((d, i) => {
    if (d === null || !Number.isFinite(loss.values[i]) || !Number.isFinite(penalty[i])) return d;
    const precision = 1e-6 * Math.max(Math.abs(loss.values[i]), Math.abs(penalty[i]));
    return Math.abs(d) <= precision && precision > 1e-3 * typical ? null : d;
  });
  const share = loss.values.map((v, i) =>
    penalty[i] === null || !(v > 0) || !Number.isFinite(v) ? null : (100 * penalty[i]) / v);
  return { dataLoss: { steps: loss.steps, values: dataLoss }, share: { steps: loss.steps, values: share } };
}

function panelSeries(spec, byKey) {
  if (spec.kind === "reg") return [byKey["train/reg"], decompose(byKey).share];
  const series = spec.keys.map((k) => byKey[k]);
  if (spec.penalised) series.push(decompose(byKey).dataLoss);
  return series;
}

function updateBest(val) {
  if (!val || !val.steps.length) return;
  let best = null;
  for (let i = 0; i < val.values.length; i++) {
    const v = val.values[i];
    if (Number.isFinite(v) && (best === null || v < best.value)) best = { value: v, step: val.steps[i] };
  }
  if (best) {
    page.best = { key: "val/loss", ...best };
    if (page.panels.loss) page.panels.loss.markers = bestMarker();
  }
}

/** Requests in flight at once: a run of thousands of series must not open thousands. */
const FETCH_BATCH = 6;

/** Map `fetchOne` over `items`, at most FETCH_BATCH at a time; results in `items`' order. */
async function inBatches(items, fetchOne) {
  const results = [];
  for (let i = 0; i < items.length; i += FETCH_BATCH) {
    results.push(...(await Promise.all(items.slice(i, i + FETCH_BATCH).map(fetchOne))));
  }
  return results;
}

/** Fetch every series the charts need (for the view, or the whole run) and draw them. */
async function load() {
  const token = ++page.loads;
  const needed = [...new Set(plan.flatMap((p) => p.keys))];
  if (keys.includes("train/reg") && !needed.includes("train/reg")) needed.push("train/reg");
  let fetched;
  try {
    fetched = await inBatches(needed, (k) => fetchSeries(data.id, k, state.view));
  } catch (error) {
    loading.hidden = false;
    loading.classList.remove("loading");
    loading.textContent = `Could not load the series: ${error.message}`;
    return;
  }
  if (token !== page.loads) return; // a newer request (zoom, refresh) has taken over
  const byKey = Object.fromEntries(fetched.map((s) => [s.key, s]));
  if (!state.view && keys.includes("train/reg") && hasPenalty(byKey["train/reg"]) !== page.penalty) {
    // The penalty turned out zero throughout (or became non-zero): re-plan the charts.
    page.penalty = !page.penalty;
    rebuild();
    return load();
  }
  if (!state.view) updateBest(byKey["val/loss"]);
  loading.hidden = true;
  for (const panel of Object.values(page.panels)) panel.card.hidden = false;
  for (const spec of plan) {
    const { xs, columns } = align(panelSeries(spec, byKey));
    page.panels[spec.id].setData(xs, columns, state);
  }
  page.fetched = fetched.map((s) => ({ key: s.key, points: s.steps.length, total: s.total,
    downsampled: s.downsampled }));
  if (!page.ready) {
    page.ready = true;
    page.readyMs = performance.now();
  }
  page.refreshes++;
}

function renderAll(change) {
  for (const panel of Object.values(page.panels)) {
    if (change && change.logChanged) panel.logOverride = null; // the page's toggle sets every chart
    panel.render(state);
  }
}

function zoom(start, end) {
  let view = null;
  if (start !== null && start !== undefined) {
    view = { start: Math.max(0, Math.floor(Math.min(start, end))), end: Math.ceil(Math.max(start, end)) };
    if (view.end - view.start < 2) return;
  }
  const same = JSON.stringify(view) === JSON.stringify(state.view);
  if (same) return;
  state.view = view;
  ui.zoomed(view);
  load();
}

function setStatus(status) {
  if (status === data.status) return;
  data.status = status;
  const badge = document.createElement("span");
  badge.className = `status status-${status}`;
  badge.textContent = status;
  document.getElementById("run-status").replaceChildren(badge);
  document.getElementById("live").hidden = !LIVE_STATUSES.has(status);
  if (!LIVE_STATUSES.has(status)) document.getElementById("stop-run")?.remove();
}

async function refreshAlerts() {
  const body = await getJSON(`/api/v1/alerts?run=${data.id}`);
  alerts = body.alerts;
  for (const panel of Object.values(page.panels)) {
    panel.bands = alertBands();
    if (panel.u) panel.u.redraw(false);
  }
}

async function poll() {
  try {
    const run = await getJSON(`/api/v1/runs/${data.id}`);
    setStatus(run.status);
    const next = seriesSignature(run.series);
    if (next !== signature) {
      signature = next;
      const nextKeys = run.series.map((s) => s.key);
      const steps = Math.max(0, ...run.series.map((s) => s.last_step ?? 0));
      document.getElementById("run-steps").textContent = steps.toLocaleString("en-US");
      if (nextKeys.join("\n") !== keys.join("\n")) {
        keys = nextKeys;
        rebuild();
      }
      await load();
    }
    await refreshAlerts();
    if (!LIVE_STATUSES.has(run.status)) stopLive();
  } catch (error) {
    console.warn("lossmon: refresh failed", error);
  }
}

function stopLive() {
  clearInterval(timer);
  timer = null;
  document.getElementById("live").hidden = true;
}

for (const button of document.querySelectorAll(".alert-item .zoom-to")) {
  button.addEventListener("click", () => {
    const item = button.closest(".alert-item");
    const from = Number(item.dataset.from);
    const lastStep = Math.max(0, ...keys.map((k) => data.series.find((s) => s.key === k)?.last_step ?? 0));
    const to = item.dataset.to === "" ? lastStep : Number(item.dataset.to);
    const margin = Math.max(10, Math.round((to - from) * 0.5));
    zoom(Math.max(0, from - margin), to + margin);
    container.scrollIntoView({ behavior: "smooth", block: "start" });
  });
}

// Stop run: posts with the session's CSRF token; the training client sees the request in
// its next points answer (run.should_stop) and its integration ends training.
const stopButton = document.getElementById("stop-run");
if (stopButton) {
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  let armed = null; // the first click arms the button for 5 s; the second one stops the run
  stopButton.addEventListener("click", async () => {
    if (armed === null) {
      stopButton.textContent = "Click again to stop";
      armed = setTimeout(() => { armed = null; stopButton.textContent = "Stop run"; }, 5000);
      return;
    }
    clearTimeout(armed);
    stopButton.disabled = true;
    try {
      const response = await fetch(`/api/v1/runs/${data.id}/stop`, {
        method: "POST",
        credentials: "same-origin",
        headers: { "X-CSRF-Token": csrf, Accept: "application/json" },
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = await response.json();
      const done = document.createElement("span");
      done.className = "stop-requested";
      done.id = "stop-state";
      done.textContent = `Stop requested: ${body.stop.reason}`;
      stopButton.replaceWith(done);
    } catch (error) {
      armed = null;
      stopButton.disabled = false;
      stopButton.textContent = "Retry stop";
      stopButton.title = `Could not ask the run to stop: ${error.message}`;
    }
  });
}

rebuild();
if (plan.length) load();
if (LIVE_STATUSES.has(data.status)) {
  document.getElementById("live").hidden = false;
  timer = setInterval(poll, POLL_MS);
}
