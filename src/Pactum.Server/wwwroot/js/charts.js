// Draws every <canvas data-chart="{type, labels, datasets, xTitle}"> with the vendored Chart.js, and wires the
// "save as PNG" (data-save-chart) and "download CSV" (data-csv-table) buttons of the page.
(() => {
  const palette = ["#1f5fbf", "#7b4fc9", "#1d7a46", "#b3261e", "#8a6d1d"];
  const charts = new Map();
  const lang = document.documentElement.lang || undefined;

  document.querySelectorAll("canvas[data-chart]").forEach((canvas) => {
    const spec = JSON.parse(canvas.dataset.chart);
    const chart = new Chart(canvas, {
      type: spec.type || "line",
      data: {
        labels: spec.labels,
        datasets: spec.datasets.map((set, i) => ({
          borderColor: palette[i % palette.length],
          backgroundColor: palette[i % palette.length],
          pointRadius: 0,
          borderWidth: 2,
          ...set,
        })),
      },
      options: {
        maintainAspectRatio: false,
        animation: false,
        locale: lang,
        interaction: { mode: "index", intersect: false },
        scales: { x: { title: { display: !!spec.xTitle, text: spec.xTitle } }, y: { beginAtZero: true } },
        plugins: { legend: { position: "bottom" } },
      },
      plugins: [{
        // A white background, so the saved PNG is readable anywhere.
        id: "paper",
        beforeDraw: (c) => {
          const ctx = c.ctx;
          ctx.save();
          ctx.globalCompositeOperation = "destination-over";
          ctx.fillStyle = "#ffffff";
          ctx.fillRect(0, 0, c.width, c.height);
          ctx.restore();
        },
      }],
    });
    charts.set(canvas.id, chart);
    canvas.dataset.ready = "true";
  });

  const download = (name, href) => {
    const link = document.createElement("a");
    link.href = href;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
  };

  document.querySelectorAll("[data-save-chart]").forEach((button) => {
    button.addEventListener("click", () => {
      const chart = charts.get(button.dataset.saveChart);
      if (chart) download(button.dataset.pngName || "chart.png", chart.toBase64Image("image/png", 1));
    });
  });

  // A cell that a spreadsheet would read as a formula is prefixed with an apostrophe.
  const safe = (text) => (/^[=+\-@\t\r]/.test(text) ? "'" + text : text);
  const quote = (text) => '"' + safe(text).replace(/"/g, '""') + '"';

  document.querySelectorAll("[data-csv-table]").forEach((button) => {
    button.addEventListener("click", () => {
      const table = document.getElementById(button.dataset.csvTable);
      if (!table) return;
      const rows = [...table.querySelectorAll("tr")].map((row) =>
        [...row.querySelectorAll("th, td")].map((cell) => quote(cell.innerText.trim())).join(","));
      const blob = new Blob(["\ufeff" + rows.join("\r\n") + "\r\n"], { type: "text/csv;charset=utf-8" });
      download(button.dataset.csvName || "table.csv", URL.createObjectURL(blob));
    });
  });
})();
