(function () {
  "use strict";
  var table = document.getElementById("calls");
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var text = document.getElementById("filter");
  var selects = { status: "f-status", agent: "f-agent", queue: "f-queue" };
  var shown = document.getElementById("shown");

  function value(row, col, numeric) {
    var v = row.cells[col].getAttribute("data-v");
    if (!numeric) { return v.toLowerCase(); }
    return v === "" ? null : parseFloat(v);
  }

  function sortBy(col) {
    var head = heads[col];
    var numeric = head.getAttribute("data-type") === "num";
    var dir = head.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
    head.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
    rows.sort(function (a, b) {
      var x = value(a, col, numeric), y = value(b, col, numeric);
      if (x === null && y === null) { return 0; }
      if (x === null) { return 1; }  // empty cells last, either direction
      if (y === null) { return -1; }
      return x < y ? -dir : x > y ? dir : 0;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }

  function applyFilter() {
    var needle = text.value.trim().toLowerCase();
    var want = {};
    Object.keys(selects).forEach(function (k) {
      var el = document.getElementById(selects[k]);
      want[k] = el ? el.value : "";
    });
    var n = 0;
    rows.forEach(function (r) {
      var ok = (!needle || r.textContent.toLowerCase().indexOf(needle) !== -1) &&
        (!want.status || r.getAttribute("data-status") === want.status) &&
        (!want.agent || r.getAttribute("data-agent") === want.agent) &&
        (!want.queue || r.getAttribute("data-queue") === want.queue);
      r.hidden = !ok;
      if (ok) { n += 1; }
    });
    shown.textContent = String(n);
  }

  heads.forEach(function (h, i) {
    h.querySelector("button").addEventListener("click", function () { sortBy(i); });
  });
  text.addEventListener("input", applyFilter);
  Object.keys(selects).forEach(function (k) {
    var el = document.getElementById(selects[k]);
    if (el) { el.addEventListener("change", applyFilter); }
  });
})();
