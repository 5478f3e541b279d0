// The compare page: one metric across chosen runs, overlaid, with the run page's controls.
import { PALETTE, Panel, align, controls, fetchSeries, formatStep, formatValue, getJSON } from "./chart.js";
import { median } from "./scale.js";

// Runs whose typical values differ by more than this factor are drawn on a log axis by default,
// so a run at 0.05 is not a flat line under one at 50.
const SCALE_SPREAD = 100;

const POLL_MS = 3000;
const data = JSON.parse(document.getElementById("compare-data").textContent);
const state = { smoothing: 0.6, logY: false, view: null };
const page = { panels: {}, ready: false, loads: 0, state, data, formatValue };
window.lossmon = page;

const container = document.getElementById("charts");
const loading = document.getElementById("charts-loading");
const select = document.getElementById("metric");
let metric = data.metric;
let panel = null;

const ui = controls(state, (change) => {
  if (!panel) return;
  if (change && change.logChanged) panel.logOverride = null;
  panel.render(state);
}, () => zoom(null));

const onlyDiffering = document.getElementById("only-differing");
if (onlyDiffering) {
  onlyDiffering.addEventListener("change", () => {
    for (const row of document.querySelectorAll("#hyperparameters tr.same")) row.hidden = onlyDiffering.checked;
  });
}

/** Log y by default when the runs' typical values are orders of magnitude apart. */
function chooseScale(fetched) {
  if (state.logChosen) return;
  const medians = fetched.map((s) => median(s.values)).filter((m) => m !== null);
  const positive = fetched.every((s) => s.values.every((v) => v === null || !Number.isFinite(v) || v > 0));
  const spread = medians.length > 1 && positive ? Math.max(...medians) / Math.min(...medians) : 1;
  ui.setLog(spread > SCALE_SPREAD);
  page.autoLog = spread > SCALE_SPREAD;
}
const hooks = { syncKey: "compare", onZoom: zoom, onReset: () => zoom(null) };

document.querySelectorAll(".swatch").forEach((swatch) => {
  swatch.style.background = PALETTE[Number(swatch.dataset.index) % PALETTE.length];
});

function build() {
  if (panel) panel.destroy();
  const perplexity = metric.endsWith("/ppl") || metric.endsWith("/perplexity");
  panel = new Panel(container, {
    id: "compare", title: metric, wide: true, forceLog: perplexity,
    note: perplexity ? "log scale" : "",
    lines: data.runs.map((r, i) => ({ label: r.name, key: metric, color: PALETTE[i % PALETTE.length] })),
  }, hooks);
  panel.card.hidden = true;
  page.panels = { compare: panel };
}

function updateStats(fetched) {
  fetched.forEach((series, i) => {
    const row = document.querySelector(`#compare-runs tr[data-id="${data.runs[i].id}"]`);
    let min = null;
    series.values.forEach((v, k) => {
      if (Number.isFinite(v) && (min === null || v < min.value)) min = { value: v, step: series.steps[k] };
    });
    const last = series.values.length ? series.values[series.values.length - 1] : null;
    row.querySelector(".stat-last").textContent = formatValue(last);
    row.querySelector(".stat-min").textContent = min ? formatValue(min.value) : "–";
    row.querySelector(".stat-min-step").textContent = min ? formatStep(min.step) : "–";
  });
}

async function load() {
  const token = ++page.loads;
  let fetched;
  try {
    // A run without this metric draws nothing (and asks for nothing).
    fetched = await Promise.all(data.runs.map((r) => (r.keys.includes(metric)
      ? fetchSeries(r.id, metric, state.view)
      : { key: metric, steps: [], values: [], total: 0 })));
  } catch (error) {
    loading.hidden = false;
    loading.classList.remove("loading");
    loading.textContent = `Could not load the series: ${error.message}`;
    return;
  }
  if (token !== page.loads) return;
  loading.hidden = true;
  panel.card.hidden = false;
  if (!state.view) chooseScale(fetched);
  const { xs, columns } = align(fetched);
  panel.setData(xs, columns, state);
  if (!state.view) updateStats(fetched);
  if (!page.ready) {
    page.ready = true;
    page.readyMs = performance.now();
  }
}

function zoom(start, end) {
  let view = null;
  if (start !== null && start !== undefined) {
    view = { start: Math.max(0, Math.floor(Math.min(start, end))), end: Math.ceil(Math.max(start, end)) };
    if (view.end - view.start < 2) return;
  }
  if (JSON.stringify(view) === JSON.stringify(state.view)) return;
  state.view = view;
  ui.zoomed(view);
  load();
}

select.addEventListener("change", () => {
  metric = select.value;
  const url = new URL(window.location.href);
  url.searchParams.set("metric", metric);
  history.replaceState(null, "", url);
  state.view = null;
  ui.zoomed(null);
  build();
  load();
});

async function poll() {
  // Refresh while any of the runs is still going.
  try {
    const runs = await Promise.all(data.runs.map((r) => getJSON(`/api/v1/runs/${r.id}`)));
    const running = runs.some((r) => r.status === "running" || r.status === "stale");
    const signature = runs.map((r) => r.series.map((s) => `${s.key}:${s.last_step}`).join(",")).join("|");
    if (signature !== page.signature) {
      page.signature = signature;
      runs.forEach((run, i) => { data.runs[i].keys = run.series.map((s) => s.key); });
      await load();
    }
    document.getElementById("live").hidden = !running;
    if (!running) clearInterval(page.timer);
  } catch (error) {
    console.warn("lossmon: refresh failed", error);
  }
}

build();
load();
if (data.runs.some((r) => r.status === "running" || r.status === "stale")) {
  document.getElementById("live").hidden = false;
  page.timer = setInterval(poll, POLL_MS);
}
