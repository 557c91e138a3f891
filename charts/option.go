package charts

import (
	"encoding/json"
	"reachlab/app/view"

	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/types"
)

// jsonChart is what every go-echarts chart type offers.
type jsonChart interface {
	Validate()
	JSON() map[string]any
}

// finish validates c (go-echarts fills the axes' data only then), adds the
// settings every ReachLab chart shares, and encodes it. Non-finite numbers
// are drawn as missing (finiteOnly), so that no value can make it fail.
func finish(c jsonChart, alt, fileName string) view.Chart {
	c.Validate()
	obj := finiteOnly(c.JSON())
	obj["color"] = Palette
	obj["aria"] = opts.Aria{
		Enabled: opts.Bool(true),
		Label:   &opts.AriaLabel{Enabled: opts.Bool(true), Description: alt},
		Decal:   &opts.AriaDecal{Show: opts.Bool(true)},
	}
	b, err := json.Marshal(obj)
	if err != nil {
		// Options hold numbers (made finite above) and strings only, so
		// this cannot happen; should it, the chart is drawn empty with its
		// description rather than stop the program.
		return view.Chart{Option: "{}", Alt: alt, FileName: fileName}
	}
	return view.Chart{Option: string(b), Alt: alt, FileName: fileName}
}

// Formatter names a value formatter that web/reachlab.js provides; see the
// package documentation.
type Formatter string

// The formatters web/reachlab.js provides. They format for the page's
// language (the lang attribute of <html>).
const (
	FormatNumber  Formatter = "fmt:number"  // 1 234 567 / 1,234,567
	FormatCompact Formatter = "fmt:compact" // 1,2 M / 1.2M
	FormatPercent Formatter = "fmt:percent" // 0,002 % / 0.002%
	FormatDate    Formatter = "fmt:date"    // 14 juil. 2026 / Jul 14, 2026 (from Unix milliseconds)
)

// fn writes a formatter's name where go-echarts expects a JavaScript function.
func fn(f Formatter) types.FuncStr { return types.FuncStr(f) }
