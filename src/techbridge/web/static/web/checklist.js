/* Searchable checklists (core.widgets.SearchableChecklist): a filter field above a scrolling
   list of checkboxes, and a count of the ticked ones. Without JavaScript the list still works. */
(function () {
  "use strict";
  function fold(s) { return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  function setUp(box) {
    var tools = box.querySelector(".checklist-tools");
    var filter = box.querySelector(".checklist-filter");
    var count = box.querySelector(".checklist-count");
    var options = Array.prototype.slice.call(box.querySelectorAll("input[type=checkbox]"));
    if (!tools || !filter || box.dataset.ready) { return; }
    box.dataset.ready = "1";
    tools.hidden = false;
    function recount() {
      var n = options.filter(function (o) { return o.checked; }).length;
      count.textContent = count.dataset.template.replace("{n}", String(n));
    }
    filter.addEventListener("input", function () {
      var q = fold(filter.value.trim());
      options.forEach(function (o) {
        var row = o.closest("label") ? o.closest("label").parentElement : o.parentElement;
        var text = fold(row.textContent);
        row.hidden = q !== "" && text.indexOf(q) === -1 && !o.checked;
      });
    });
    filter.addEventListener("keydown", function (e) {
      if (e.key === "Enter") { e.preventDefault(); }
    });
    options.forEach(function (o) { o.addEventListener("change", recount); });
    recount();
  }
  function scan(root) {
    Array.prototype.forEach.call((root || document).querySelectorAll("[data-checklist]"), setUp);
  }
  document.addEventListener("DOMContentLoaded", function () { scan(document); });
  document.addEventListener("htmx:load", function (e) { scan(e.target); });
}());
