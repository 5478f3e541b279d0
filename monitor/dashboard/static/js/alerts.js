// The alerts page: filters apply on change; Acknowledge posts with the session's CSRF token.
const filters = document.getElementById("alert-filters");
filters.addEventListener("change", () => filters.submit());

const csrf = document.querySelector('meta[name="csrf-token"]').content;
for (const button of document.querySelectorAll(".ack-button")) {
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const response = await fetch(`/api/v1/alerts/${button.dataset.alertId}/ack`, {
        method: "POST",
        credentials: "same-origin",
        headers: { "X-CSRF-Token": csrf, Accept: "application/json" },
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const done = document.createElement("span");
      done.className = "muted small";
      done.textContent = "acknowledged";
      button.replaceWith(done);
    } catch (error) {
      button.disabled = false;
      button.textContent = "Retry";
      button.title = `Could not acknowledge: ${error.message}`;
    }
  });
}
