// vnreport_extract review page: hover details, legend toggles, flash a record when linked to.
(function () {
  "use strict";
  var info = document.getElementById("info");
  function frags(id) { return document.querySelectorAll('[data-rec="' + id + '"]'); }
  function each(list, fn) { for (var i = 0; i < list.length; i++) fn(list[i]); }
  document.addEventListener("mouseover", function (ev) {
    var el = ev.target.closest ? ev.target.closest(".rec") : null;
    each(document.querySelectorAll(".rec.hover"), function (e) { e.classList.remove("hover"); });
    if (!el) { info.classList.remove("on"); return; }
    each(frags(el.getAttribute("data-rec")), function (e) { e.classList.add("hover"); });
    info.textContent = el.getAttribute("title") || "";
    info.classList.add("on");
  });
  function flash() {
    var id = decodeURIComponent(location.hash.slice(1));
    each(document.querySelectorAll(".rec.flash"), function (e) { e.classList.remove("flash"); });
    if (id) each(frags(id), function (e) { e.classList.add("flash"); });
  }
  window.addEventListener("hashchange", flash);
  flash();
  each(document.querySelectorAll(".legend button[data-kind]"), function (b) {
    b.addEventListener("click", function () {
      var k = b.getAttribute("data-kind");
      document.body.classList.toggle("hide-" + k);
      b.classList.toggle("off");
    });
  });
})();
