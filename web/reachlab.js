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

  window.reachlab = { mount, update, resize, dispose, formatters };
})();
