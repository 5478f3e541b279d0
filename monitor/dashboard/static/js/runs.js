// The runs table: filter by name, status and tag without a reload; sort by any column;
// pick runs to compare.
const form = document.getElementById("run-filters");
const table = document.getElementById("runs");

if (form && table) {
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const count = document.getElementById("run-count");
  const noMatch = document.getElementById("no-match");
  const compare = document.getElementById("compare-selected");

  function filter() {
    const query = form.elements.q.value.trim().toLowerCase();
    const status = form.elements.status.value;
    const tag = form.elements.tag.value;
    let shown = 0;
    for (const row of rows) {
      const tags = JSON.parse(row.dataset.tags);
      const ok = (!query || row.dataset.name.toLowerCase().includes(query))
        && (!status || row.dataset.status === status)
        && (!tag || tags.includes(tag));
      row.hidden = !ok;
      if (ok) shown++;
    }
    count.textContent = `${shown} of ${rows.length} runs`;
    noMatch.hidden = shown > 0;
    const url = new URL(window.location.href);
    for (const [name, value] of [["q", query], ["status", status], ["tag", tag]]) {
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    history.replaceState(null, "", url);
  }

  function sortBy(header) {
    const index = Array.from(header.parentNode.children).indexOf(header);
    const numeric = header.dataset.type === "num";
    const ascending = header.getAttribute("aria-sort") !== "ascending";
    for (const other of header.parentNode.children) other.removeAttribute("aria-sort");
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    const key = (row) => {
      const raw = row.cells[index].dataset.value ?? row.cells[index].textContent;
      if (!numeric) return raw.toLowerCase();
      // Empty cells (no value yet) sort last either way.
      return raw === "" ? null : Number(raw);
    };
    const sorted = rows.slice().sort((a, b) => {
      const x = key(a);
      const y = key(b);
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      const order = x < y ? -1 : x > y ? 1 : 0;
      return ascending ? order : -order;
    });
    body.append(...sorted);
  }

  // Config columns: shown or hidden without a reload; the choice stays in the address.
  const menu = document.getElementById("config-columns");
  function showColumns() {
    const chosen = Array.from(menu.querySelectorAll("input[name=col]:checked")).map((box) => box.value);
    for (const cell of table.querySelectorAll("[data-config]")) cell.hidden = !chosen.includes(cell.dataset.config);
    menu.querySelector("summary").textContent = chosen.length ? `Config columns (${chosen.length})` : "Config columns";
    const url = new URL(window.location.href);
    url.searchParams.set("cols", chosen.join(","));
    history.replaceState(null, "", url);
  }
  if (menu) menu.addEventListener("change", (event) => { if (event.target.name === "col") showColumns(); });

  form.addEventListener("input", (event) => { if (event.target.name !== "col") filter(); });
  form.addEventListener("submit", (event) => { event.preventDefault(); filter(); });
  for (const header of table.querySelectorAll("th[data-sort]")) {
    header.tabIndex = 0;
    header.addEventListener("click", () => sortBy(header));
    header.addEventListener("keydown", (event) => { if (event.key === "Enter") sortBy(header); });
  }
  body.addEventListener("change", () => {
    const chosen = rows.filter((r) => r.querySelector("input[type=checkbox]").checked);
    compare.disabled = chosen.length < 2;
    compare.textContent = chosen.length >= 2 ? `Compare ${chosen.length} runs` : "Compare selected";
  });
  compare.addEventListener("click", () => {
    const ids = rows.filter((r) => r.querySelector("input[type=checkbox]").checked).map((r) => r.dataset.id);
    window.location.href = `/compare?runs=${ids.join(",")}`;
  });
  filter();
}
