// xsource report filters. The page works without this script; it only hides items.
(function () {
  "use strict";
  var body = document.body;
  var kindSel = document.getElementById("f-kind");
  var outletSel = document.getElementById("f-outlet");
  function outletsOf(el) {
    try { return JSON.parse(el.getAttribute("data-outlets") || "[]"); } catch (e) { return []; }
  }
  function apply() {
    var kind = kindSel.value, outlet = outletSel.value, shown = 0;
    document.querySelectorAll("[data-outlets]").forEach(function (el) {
      var ok = outlet === "" || outletsOf(el).indexOf(outlet) !== -1;
      if (ok && el.hasAttribute("data-kind")) { ok = kind === "" || el.getAttribute("data-kind") === kind; }
      el.hidden = !ok;
      if (ok && el.hasAttribute("data-kind")) { shown += 1; }
    });
    body.setAttribute("data-conflicts-shown", String(shown));
  }
  // Filters live in the address as #kind=date&outlet=Dawn, so a filtered view can be shared.
  function fromHash() {
    var params;
    try { params = new URLSearchParams(location.hash.slice(1)); } catch (e) { return; }
    [["kind", kindSel], ["outlet", outletSel]].forEach(function (pair) {
      var wanted = params.get(pair[0]);
      if (wanted === null) { return; }
      for (var i = 0; i < pair[1].options.length; i += 1) {
        if (pair[1].options[i].value === wanted) { pair[1].selectedIndex = i; }
      }
    });
  }
  function toHash() {
    var params = new URLSearchParams();
    if (kindSel.value) { params.set("kind", kindSel.value); }
    if (outletSel.value) { params.set("outlet", outletSel.value); }
    try { history.replaceState(null, "", params.toString() ? "#" + params.toString() : location.pathname); } catch (e) { /* file:// in some browsers */ }
  }
  var nav = document.getElementById("filters");
  if (nav && kindSel && outletSel) {
    nav.hidden = false;
    fromHash();
    kindSel.addEventListener("change", function () { apply(); toHash(); });
    outletSel.addEventListener("change", function () { apply(); toHash(); });
    apply();
  }
  // Self-check hook for the browser test (and for anyone debugging a layout): how the first
  // right-to-left claim was actually laid out.
  var rtl = document.querySelector("p.orig[dir=rtl]");
  if (rtl) {
    body.setAttribute("data-rtl-direction", getComputedStyle(rtl).direction);
    var node = rtl.firstChild;
    while (node && node.nodeType !== 3) { node = node.firstChild || node.nextSibling; }
    if (node && node.length) {
      var range = document.createRange();
      range.setStart(node, 0); range.setEnd(node, 1);
      var c = range.getBoundingClientRect(), box = rtl.getBoundingClientRect();
      body.setAttribute("data-rtl-first-char", (box.right - c.right) < (c.left - box.left) ? "right" : "left");
    }
  }
  body.setAttribute("data-sections", String(document.querySelectorAll("[data-section]").length));
  body.setAttribute("data-js", "ran");
})();
