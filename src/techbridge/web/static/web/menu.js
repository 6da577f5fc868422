/* The compact menu of narrow screens: the Menu button shows and hides the main navigation;
   a staff group closes when focus or a click goes elsewhere. Without JavaScript the menu is
   simply always shown. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  document.addEventListener("DOMContentLoaded", function () {
    var toggle = document.querySelector(".menu-toggle");
    var nav = document.getElementById("mainnav");
    if (toggle && nav) {
      toggle.addEventListener("click", function () {
        var open = toggle.getAttribute("aria-expanded") !== "true";
        toggle.setAttribute("aria-expanded", open ? "true" : "false");
        nav.classList.toggle("open", open);
      });
    }
    document.addEventListener("click", function (e) {
      document.querySelectorAll("details.menu-group[open]").forEach(function (d) {
        if (!d.contains(e.target)) { d.removeAttribute("open"); }
      });
    });
    document.addEventListener("keydown", function (e) {
      if (e.key !== "Escape") { return; }
      document.querySelectorAll("details.menu-group[open]").forEach(function (d) {
        d.removeAttribute("open");
        d.querySelector("summary").focus();
      });
    });
  });
}());
