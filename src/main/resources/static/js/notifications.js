// Live notifications of the console (Server-Sent Events): each one is shown as a line of text at the top
// of the page, newest first, at most five. Text only: nothing received is ever read as HTML.
document.addEventListener("DOMContentLoaded", function () {
  var region = document.getElementById("live-notifications");
  if (!region || !window.EventSource) {
    return;
  }
  var source = new EventSource(region.getAttribute("data-stream"));
  source.addEventListener("notification", function (event) {
    var n;
    try {
      n = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    var line = document.createElement("p");
    line.className = "notification notification-" + String(n.kind || "").toLowerCase();
    var link = document.createElement(n.caseId ? "a" : "span");
    if (n.caseId) {
      link.href = "/cases/" + encodeURIComponent(n.caseId);
    }
    link.textContent = region.getAttribute("data-label") + " " + n.text;
    line.appendChild(link);
    region.insertBefore(line, region.firstChild);
    while (region.childNodes.length > 5) {
      region.removeChild(region.lastChild);
    }
  });
});
