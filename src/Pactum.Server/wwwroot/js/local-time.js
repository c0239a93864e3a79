// Shows instants in the viewer's own time zone and language, next to the calendar's zone the server wrote.
document.querySelectorAll("time[data-viewer-local]").forEach((element) => {
  const instant = new Date(element.getAttribute("datetime"));
  if (!Number.isNaN(instant.getTime())) {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    element.textContent = `${instant.toLocaleString(document.documentElement.lang, { dateStyle: "full", timeStyle: "short" })} (${zone})`;
  }
});
