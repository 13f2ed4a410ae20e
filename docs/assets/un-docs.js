/* Copy-citation buttons: every paragraph with a data-cite attribute gets a button that
   copies "A/RES/56/145, op. 3 — <link to the paragraph>". Works from file:// too
   (falls back to execCommand where the Clipboard API is not allowed), and says what it
   copied in a polite live region for screen readers. */
(function () {
  "use strict";

  function linkTo(paragraph) {
    return location.href.split("#")[0] + "#" + paragraph.id;
  }

  function announce(text) {
    var region = document.getElementById("un-cite-status");
    if (!region) {
      region = document.createElement("div");
      region.id = "un-cite-status";
      region.className = "un-cite-status";
      region.setAttribute("role", "status");
      region.setAttribute("aria-live", "polite");
      document.body.appendChild(region);
    }
    region.textContent = text;
    region.classList.add("un-visible");
    clearTimeout(announce.timer);
    announce.timer = setTimeout(function () { region.classList.remove("un-visible"); }, 2500);
  }

  function copy(text) {
    var done = function () { announce("Copied: " + text); };
    var fallback = function () {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      try { document.execCommand("copy"); } catch (e) { /* the text is still announced */ }
      document.body.removeChild(area);
      done();
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else {
      fallback();
    }
  }

  function addButtons() {
    var paragraphs = document.querySelectorAll(".un-para[data-cite]");
    Array.prototype.forEach.call(paragraphs, function (paragraph) {
      if (paragraph.querySelector(".un-cite-button")) return;
      var citation = paragraph.getAttribute("data-cite");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "un-cite-button";
      button.textContent = "cite";
      button.title = "Copy the citation “" + citation + "” with its link";
      button.setAttribute("aria-label", "Copy citation " + citation);
      button.addEventListener("click", function () {
        copy(citation + " — " + linkTo(paragraph));
      });
      paragraph.appendChild(document.createTextNode(" "));
      paragraph.appendChild(button);
    });
  }

  /* Filter boxes (documents, chronology, fidelity lists): show only the rows or events
     whose text (and the symbols they name) contains every word typed. No request: it
     works offline. */
  function filters() {
    var inputs = document.querySelectorAll(".un-filter-input");
    Array.prototype.forEach.call(inputs, function (input) {
      if (input.dataset.ready) return;
      input.dataset.ready = "1";
      var box = input.closest(".un-filter");
      var count = box.querySelector(".un-filter-count");
      var items = document.querySelectorAll(input.getAttribute("data-filter"));
      var texts = Array.prototype.map.call(items, function (item) {
        return (item.textContent + " " + (item.getAttribute("data-sources") || "")).toLowerCase();
      });
      box.hidden = false;
      input.addEventListener("input", function () {
        var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
        var shown = 0;
        Array.prototype.forEach.call(items, function (item, i) {
          var match = words.every(function (word) { return texts[i].indexOf(word) >= 0; });
          item.hidden = !match;
          if (match) shown += 1;
        });
        count.textContent = words.length ? shown + " of " + items.length : "";
      });
    });
  }

  function init() {
    addButtons();
    filters();
  }

  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
