// ReachLab's browser helpers for charts. Loaded after echarts.min.js; the Go
// side (charts.View) calls window.reachlab.mount/update/resize/dispose.
//
// Chart options come from Go as JSON without any JavaScript in them. Where
// ECharts wants a function, the option holds a name such as "fmt:compact";
// resolve() swaps each name for the function of that name below. Nothing is
// ever evaluated, so the page's content security policy needs no 'unsafe-eval'.
"use strict";

(function () {
  const pageLang = () => document.documentElement.lang || "en";

  const numberFormat = (options) => (value) => {
    if (typeof value !== "number" || !isFinite(value)) {
      return "–";
    }
    return new Intl.NumberFormat(pageLang(), options).format(value);
  };

  const formatters = {
    number: numberFormat({ maximumFractionDigits: 2 }),
    compact: numberFormat({ notation: "compact", maximumFractionDigits: 1 }),
    date: (value) => {
      if (typeof value !== "number" || !isFinite(value)) {
        return "–";
      }
      return new Intl.DateTimeFormat(pageLang(), { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(value));
    },
    percent: (value) => {
      if (typeof value !== "number" || !isFinite(value)) {
        return "–";
      }
      const n = new Intl.NumberFormat(pageLang(), { maximumSignificantDigits: 3 }).format(value);
      return pageLang() === "fr" ? n + "\u00a0%" : n + "%";
    },
  };

  const prefix = "fmt:";

  function resolve(node) {
    if (Array.isArray(node)) {
      return node.map(resolve);
    }
    if (node && typeof node === "object") {
      const out = {};
      for (const [key, value] of Object.entries(node)) {
        out[key] = resolve(value);
      }
      return out;
    }
    if (typeof node === "string" && node.startsWith(prefix)) {
      const f = formatters[node.slice(prefix.length)];
      if (f) {
        return f;
      }
    }
    return node;
  }

  const parse = (json) => resolve(JSON.parse(json));

  function mount(element, json) {
    const chart = echarts.init(element, null, { renderer: "canvas" });
    chart.setOption(parse(json));
    return chart;
  }

  // download saves data (a string, bytes or a Blob) as a file named name.
  function download(name, type, data) {
    const blob = data instanceof Blob ? data : new Blob([data], { type });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    a.rel = "noopener";
    a.style.display = "none";
    document.documentElement.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  // exportImage saves the chart drawn in the element with the given id as
  // PNG (twice the screen resolution, on white) or SVG (redrawn once with
  // ECharts' SVG renderer, off screen). It returns false when no chart is
  // drawn there.
  function exportImage(id, format, name) {
    const element = document.getElementById(id);
    const chart = element && echarts.getInstanceByDom(element);
    if (!chart) {
      return false;
    }
    if (format === "png") {
      const url = chart.getDataURL({ type: "png", pixelRatio: 2, backgroundColor: "#ffffff" });
      const bytes = Uint8Array.from(atob(url.split(",")[1]), (c) => c.charCodeAt(0));
      download(name + ".png", "image/png", bytes);
      return true;
    }
    const box = document.createElement("div");
    box.style.cssText = "position:absolute;left:-10000px;top:0;width:" + element.clientWidth + "px;height:" + element.clientHeight + "px";
    document.documentElement.appendChild(box);
    const svg = echarts.init(box, null, { renderer: "svg" });
    const option = chart.getOption();
    option.animation = false;
    svg.setOption(option);
    download(name + ".svg", "image/svg+xml", svg.renderToSVGString());
    svg.dispose();
    box.remove();
    return true;
  }

  function update(chart, json) {
    chart.setOption(parse(json), { notMerge: true });
  }

  function resize(chart) {
    chart.resize();
  }

  function dispose(chart) {
    if (!chart.isDisposed()) {
      chart.dispose();
    }
  }

  // fullscreen enters or leaves the browser's full screen. A refusal (no
  // user gesture, a frame that forbids it) is not an error: the presenter
  // mode then fills the window.
  function fullscreen(on) {
    const doc = document;
    const request = on
      ? !doc.fullscreenElement && doc.documentElement.requestFullscreen && doc.documentElement.requestFullscreen()
      : doc.fullscreenElement && doc.exitFullscreen && doc.exitFullscreen();
    if (request && request.catch) {
      request.catch(() => {});
    }
  }

  window.reachlab = { mount, update, resize, dispose, download, exportImage, fullscreen, formatters };
})();
