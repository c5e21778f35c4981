// Filters the table of actions on a plan page by status and responsible
// body. Optional: without it the full table is shown and the filter form
// stays hidden. No framework, no inline code (CSP default-src 'self').
(function () {
  "use strict";
  var form = document.querySelector("form.plan-filter");
  var table = document.getElementById("actions-table");
  if (!form || !table) return;
  var selects = form.querySelectorAll("select[data-filter]");
  var status = form.querySelector(".filter-status");
  var rows = table.tBodies[0].rows;
  var template = form.getAttribute("data-count") || "{shown} / {total}";

  function apply() {
    var wanted = {};
    for (var i = 0; i < selects.length; i++) wanted[selects[i].getAttribute("data-filter")] = selects[i].value;
    var shown = 0;
    for (var r = 0; r < rows.length; r++) {
      var row = rows[r];
      var visible = (!wanted.state || row.getAttribute("data-state") === wanted.state) &&
        (!wanted.responsible || row.getAttribute("data-responsible") === wanted.responsible);
      row.hidden = !visible;
      if (visible) shown++;
    }
    status.textContent = template.replace("{shown}", shown).replace("{total}", rows.length);
  }

  for (var i = 0; i < selects.length; i++) selects[i].addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.hidden = false;
})();
