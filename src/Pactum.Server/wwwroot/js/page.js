// Behaviour every page shares, wired here rather than in inline handlers, so the Content-Security-Policy can forbid
// inline script: a select marked data-submit-on-change submits its form; a button marked data-print prints the page.
document.querySelectorAll("select[data-submit-on-change]").forEach((select) => {
  select.addEventListener("change", () => select.form.submit());
});
document.querySelectorAll("button[data-print]").forEach((button) => {
  button.addEventListener("click", () => window.print());
});
