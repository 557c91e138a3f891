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

  // forRoom enlarges a chart's text for presenter mode, where a room reads it
  // from a projector: ECharts' sizes suit a screen at arm's length. The factor
  // follows the chart's height (1.25 to 2) and applies to the grid's margins
  // too, so bigger titles and axis labels keep their room.
  function forRoom(option, element) {
    if (!element.closest(".presenter")) {
      return option;
    }
    const k = Math.min(2, Math.max(1.25, element.clientHeight / 360));
    const grow = (style, base) => {
      style.fontSize = Math.round((style.fontSize || base) * k);
      return style;
    };
    const each = (value, f) => (Array.isArray(value) ? value.forEach(f) : value && f(value));
    const scaled = (v) => (typeof v === "number" || /^\d+(\.\d+)?$/.test(v) ? Math.round(Number(v) * k) : v);
    option.textStyle = grow(option.textStyle || {}, 12);
    each(option.title, (t) => {
      t.textStyle = grow(t.textStyle || {}, 18);
      t.subtextStyle = grow(t.subtextStyle || {}, 12);
    });
    each(option.legend, (g) => {
      g.textStyle = grow(g.textStyle || {}, 12);
      g.itemWidth = Math.round((g.itemWidth || 25) * k);
      g.itemHeight = Math.round((g.itemHeight || 14) * k);
      g.itemGap = Math.round((g.itemGap || 10) * k);
    });
    for (const axis of ["xAxis", "yAxis", "radiusAxis", "angleAxis"]) {
      each(option[axis], (a) => {
        a.axisLabel = grow(a.axisLabel || {}, 12);
        a.nameTextStyle = grow(a.nameTextStyle || {}, 12);
      });
    }
    each(option.radar, (r) => {
      r.axisName = grow(r.axisName || {}, 12);
    });
    each(option.tooltip, (t) => {
      t.textStyle = grow(t.textStyle || {}, 14);
    });
    each(option.series, (s) => {
      for (const label of [s.label, s.endLabel, s.markLine && s.markLine.label, s.markPoint && s.markPoint.label]) {
        if (label) {
          grow(label, 12);
        }
      }
      each(s.data, (d) => {
        if (d && d.label) {
          grow(d.label, 12);
        }
      });
    });
    each(option.grid, (g) => {
      for (const side of ["left", "right", "top", "bottom"]) {
        g[side] = scaled(g[side]);
      }
    });
    return option;
  }

  // inPageFont draws a chart's text in the page's font. The canvas needs a
  // font family by name: "inherit" is not one, and a canvas given it falls
  // back to 10px sans-serif whatever the option's sizes.
  function inPageFont(option, element) {
    option.textStyle = Object.assign({ fontFamily: getComputedStyle(element).fontFamily }, option.textStyle);
    return option;
  }

  // prepare turns the option's JSON into the option drawn in element.
  const prepare = (json, element) => forRoom(inPageFont(parse(json), element), element);

  // Each chart keeps the JSON it was drawn from, to draw it again for a new
  // size in presenter mode.
  const sources = new WeakMap();

  // draw sets a chart's option. An option ECharts fails on leaves that one
  // chart blank and says why in the console: the error must not reach the
  // Go program, which a JavaScript exception would stop.
  function draw(chart, json, settings) {
    sources.set(chart, json);
    try {
      chart.setOption(prepare(json, chart.getDom()), settings);
    } catch (err) {
      console.error("ReachLab could not draw the chart in #" + chart.getDom().id + ":", err);
    }
  }

  // chartIn adds to host the element a chart of the given id is drawn in.
  function chartIn(host, id) {
    const element = document.createElement("div");
    element.id = id;
    element.className = "chart";
    host.appendChild(element);
    return element;
  }

  // Charts the page drew from the prerendered options, before the
  // WebAssembly started: by id, the element, its chart and its option.
  const early = new Map();

  // drawEarly draws every chart whose option the host wrote into the page.
  function drawEarly() {
    if (typeof echarts === "undefined") {
      return;
    }
    for (const source of document.querySelectorAll(".chart-host > .chart-option")) {
      const host = source.parentElement;
      const id = host.dataset.chart;
      if (!id || early.has(id) || document.getElementById(id)) {
        continue;
      }
      const json = source.textContent;
      source.remove();
      const element = chartIn(host, id);
      const chart = echarts.init(element, null, { renderer: "canvas" });
      draw(chart, json);
      early.set(id, { element, chart, json });
    }
  }

  // mount draws a chart in host, in an element of the given id. A chart the
  // page drew early with the same option moves into host as it is: the
  // WebAssembly takes it over without drawing it again.
  function mount(host, id, json) {
    const e = early.get(id);
    early.delete(id);
    if (e && e.json === json && !e.chart.isDisposed()) {
      host.appendChild(e.element);
      e.chart.resize();
      sources.set(e.chart, json);
      return e.chart;
    }
    if (e) {
      e.chart.dispose();
    }
    const chart = echarts.init(chartIn(host, id), null, { renderer: "canvas" });
    draw(chart, json);
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
    draw(chart, json, { notMerge: true });
  }

  function resize(chart) {
    try {
      chart.resize();
    } catch (err) {
      console.error("ReachLab could not resize the chart in #" + chart.getDom().id + ":", err);
      return;
    }
    if (chart.getDom().closest(".presenter") && sources.has(chart)) {
      draw(chart, sources.get(chart), { notMerge: true });
    }
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
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawEarly);
  } else {
    drawEarly();
  }
})();
