// What htmx cannot say in attributes: where focus goes after a swap, closing the event panel
// with Back or Escape, arrow keys in the density chart, and the language switch's return path.
// Every page works without this file.
(function () {
  "use strict";

  // Focus: htmx keeps it on an element whose id survives the swap. When the focused element
  // went away with the swapped content (a chart bar, the "later events" link), the fragment
  // marks where it should go instead (data-focus-after-swap, see timeline/partials/*.html).
  let focusWasInTarget = false;
  document.addEventListener("htmx:beforeSwap", function (event) {
    const active = document.activeElement;
    focusWasInTarget = Boolean(active && event.detail.target.contains(active));
  });
  document.addEventListener("htmx:afterSettle", function () {
    const marked = document.querySelectorAll("[data-focus-after-swap]");
    const lost = !document.activeElement || document.activeElement === document.body;
    if (focusWasInTarget && lost && marked.length) {
      marked[0].focus();
    }
    marked.forEach(function (element) {
      element.removeAttribute("data-focus-after-swap");
    });
    focusWasInTarget = false;
    setUpCharts();
  });

  // The event panel: its URL was pushed by htmx, so closing it is going back, which restores
  // the list as it was; focus then returns to the event that opened it.
  let opener = null;
  document.addEventListener("htmx:beforeRequest", function (event) {
    if (event.detail.target && event.detail.target.id === "panel") {
      opener = event.detail.elt.id || null;
    }
  });
  document.addEventListener("htmx:historyRestore", function () {
    const element = opener && document.getElementById(opener);
    if (element) {
      element.focus();
    }
    setUpCharts();
  });
  function closePanel() {
    if (history.state && history.state.htmx) {
      history.back();
      return true;
    }
    return false;
  }
  document.addEventListener("click", function (event) {
    if (event.target.closest("[data-close-panel]") && closePanel()) {
      event.preventDefault();
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && document.querySelector("#panel .event-detail")) {
      if (!closePanel()) {
        document.querySelector("#panel [data-close-panel]").click();
      }
    }
  });

  // The density chart is one tab stop; the arrow keys move between its bars.
  const charts = new WeakSet();
  function setUpCharts() {
    document.querySelectorAll(".histogram svg").forEach(function (chart) {
      const bars = Array.from(chart.querySelectorAll("a.bar"));
      if (!bars.length || charts.has(chart)) {
        return;
      }
      charts.add(chart);
      bars.forEach(function (bar, index) {
        bar.setAttribute("tabindex", index === 0 ? "0" : "-1");
      });
      chart.addEventListener("keydown", function (event) {
        const index = bars.indexOf(event.target.closest("a.bar"));
        const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
        let next = null;
        if (event.key in moves) {
          next = bars[index + moves[event.key]];
        } else if (event.key === "Home") {
          next = bars[0];
        } else if (event.key === "End") {
          next = bars[bars.length - 1];
        }
        if (index < 0 || !next) {
          return;
        }
        event.preventDefault();
        bars.forEach(function (bar) {
          bar.setAttribute("tabindex", bar === next ? "0" : "-1");
        });
        next.focus();
      });
    });
  }
  document.addEventListener("DOMContentLoaded", setUpCharts);

  // The language switch returns to the address shown, which htmx may have changed.
  document.addEventListener("submit", function (event) {
    if (event.target.matches(".language-switch")) {
      event.target.elements.next.value = location.pathname + location.search;
    }
  });
})();
