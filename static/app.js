// Progressive enhancement only: every page works without this file (no inline scripts: CSP).
(function () {
  "use strict";

  document.documentElement.classList.add("js");

  // Copy buttons of the cite controls (delegated, so content swapped in by htmx works too).
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button[data-copy]") : null;
    if (!button) return;
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) return;
    var text = source.textContent;
    var status = button.closest(".cite-body");
    status = status ? status.querySelector(".copy-status") : null;
    var done = function (message) {
      if (status) status.textContent = message;
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(
        function () { done("Copied to the clipboard."); },
        function () { selectText(source); done("Copying was refused: the text is selected, press Ctrl+C."); }
      );
    } else {
      selectText(source);
      done("The text is selected: press Ctrl+C to copy.");
    }
  });

  function selectText(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  // On a phone the filter panel starts folded, and keeps whatever state the reader gave it when
  // htmx swaps the timeline in again.
  var panelOpen = null;
  function foldOnPhones() {
    var panel = document.querySelector(".filter-panel");
    if (panel && window.matchMedia("(max-width: 760px)").matches) panel.open = false;
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", foldOnPhones);
  else foldOnPhones();
  document.addEventListener("htmx:beforeSwap", function () {
    var panel = document.querySelector(".filter-panel");
    panelOpen = panel ? panel.open : null;
  });
  document.addEventListener("htmx:afterSwap", function () {
    var panel = document.querySelector(".filter-panel");
    if (panel && panelOpen !== null) panel.open = panelOpen;
  });

  // Keep URLs short and canonical: drop empty fields and default values before htmx sends a form.
  document.addEventListener("htmx:configRequest", function (event) {
    var data = event.detail.formData;
    if (!data || !data.keys) return;
    var keys = [];
    data.forEach(function (_value, key) { if (keys.indexOf(key) < 0) keys.push(key); });
    keys.forEach(function (key) {
      var kept = data.getAll(key).filter(function (value) {
        return value !== "" && !(key === "order" && value === "newest");
      });
      data.delete(key);
      kept.forEach(function (value) { data.append(key, value); });
    });
  });
})();
