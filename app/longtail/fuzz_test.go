package longtail

import (
	"context"
	"encoding/binary"
	"math"
	"slices"
	"testing"
)

// floatsFromBytes reads little-endian float64 values; with small=true each
// byte is one small count instead (ties, zeros), the typical social data.
func floatsFromBytes(data []byte, small bool) []float64 {
	var xs []float64
	if small {
		for _, b := range data {
			xs = append(xs, float64(b%64))
		}
		return xs
	}
	for len(data) >= 8 {
		xs = append(xs, math.Float64frombits(binary.LittleEndian.Uint64(data)))
		data = data[8:]
	}
	return xs
}

func bytesFromFloats(xs ...float64) []byte {
	var out []byte
	for _, x := range xs {
		out = binary.LittleEndian.AppendUint64(out, math.Float64bits(x))
	}
	return out
}

func finite(xs ...float64) bool {
	for _, x := range xs {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return false
		}
	}
	return true
}

// FuzzFit: Fit, Describe and Compare must never panic, and a successful fit
// must be finite and consistent.
func FuzzFit(f *testing.F) {
	f.Add([]byte{1, 1, 1, 2, 2, 3, 5, 8, 13, 21, 34, 55, 1, 2}, true, uint8(0))
	f.Add([]byte{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, true, uint8(0))
	f.Add(bytesFromFloats(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1e300, math.NaN(), math.Inf(1), -4), false, uint8(1))
	f.Add(bytesFromFloats(1e-300, 1e300, 1e-300, 1e300, 1e-300, 1e300, 1e-300, 1e300, 1e-300, 1e300, 5), false, uint8(2))
	f.Add(bytesFromFloats(1, 1+1e-15, 1, 1+1e-15, 1, 1+1e-15, 1, 1+1e-15, 1, 1+1e-15, 1), false, uint8(1))
	f.Add(bytesFromFloats(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3), false, uint8(2))
	f.Fuzz(func(t *testing.T, data []byte, small bool, mode uint8) {
		s := NewSample(floatsFromBytes(data, small))
		if d, err := s.Describe(); err == nil {
			if !finite(d.Mean, d.Median, d.Gini, d.HHI, d.EffectiveNumber, d.Top[0].Share) || d.Gini < 0 || d.Gini > 1 {
				t.Fatalf("Describe: %+v", d)
			}
		}
		opt := Options{Kind: Kind(mode % 3), Search: Search(mode / 3 % 3)}
		fit, err := Fit(s, opt)
		if err != nil {
			return
		}
		if !finite(fit.Alpha, fit.AlphaStdErr, fit.D, fit.XMin, fit.LogLikelihood) || fit.Alpha <= 1 ||
			fit.D < 0 || fit.D > 1 || fit.NTail < fit.Options.MinTail || fit.NTail > fit.N {
			t.Fatalf("Fit: %+v", fit)
		}
		if len(data) < 200 {
			comps, err := Compare(s, fit)
			if err != nil {
				t.Fatalf("Compare: %v", err)
			}
			for _, c := range comps {
				if c.Err == nil && !finite(c.LR, c.P, c.R) {
					t.Fatalf("Compare: %+v", c)
				}
			}
		}
	})
}

// pointsFromBytes turns pairs of bytes into a positive, x-sorted series.
func pointsFromBytes(data []byte) []Point {
	var pts []Point
	x := 1.0
	for i := 0; i+1 < len(data); i += 2 {
		x += float64(data[i])
		pts = append(pts, Point{x, math.Exp(-float64(data[i+1]) / 16)})
	}
	return pts
}

// FuzzReducers: LogBinCCDF and LTTBLogLog must never panic, and must return
// at most target original points, keeping both ends.
func FuzzReducers(f *testing.F) {
	f.Add([]byte{1, 0, 1, 1, 2, 3, 0, 8, 5, 9, 1, 200, 7, 40}, 4)
	f.Add([]byte{0, 0, 0, 0, 0, 0}, 2)
	f.Add([]byte{255, 255, 1, 1, 255, 0}, 3)
	f.Fuzz(func(t *testing.T, data []byte, target int) {
		pts := pointsFromBytes(data)
		for name, reduce := range map[string]func([]Point, int) ([]Point, error){"LogBinCCDF": LogBinCCDF, "LTTBLogLog": LTTBLogLog} {
			got, err := reduce(pts, target)
			if err != nil {
				continue
			}
			if len(pts) == 0 {
				if len(got) != 0 {
					t.Fatalf("%s of nothing: %v", name, got)
				}
				continue
			}
			if len(got) > max(target, 2) || got[0] != pts[0] || got[len(got)-1] != pts[len(pts)-1] {
				t.Fatalf("%s(%d points, %d) = %v", name, len(pts), target, got)
			}
		}
	})
}

// FuzzBootstrapParts: whatever the sample, seed and partition of the
// resamples, the merged parts equal the one-call Bootstrap, in any order.
func FuzzBootstrapParts(f *testing.F) {
	f.Add([]byte{1, 1, 1, 2, 2, 3, 5, 8, 13, 21, 34, 55, 1, 2}, uint64(1), uint8(7), []byte{3})
	f.Add([]byte{1, 1, 1, 1, 1, 1, 1, 1, 2, 3}, uint64(0), uint8(11), []byte{1, 1, 5, 9})
	f.Add([]byte{0, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 10}, uint64(1<<63), uint8(30), []byte{0, 255, 2})
	f.Add([]byte{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61}, uint64(42), uint8(0), []byte{})
	f.Fuzz(func(t *testing.T, data []byte, seed uint64, mode uint8, cuts []byte) {
		if len(data) > 300 || len(cuts) > 20 {
			return
		}
		s := NewSample(floatsFromBytes(data, true))
		fit, err := Fit(s, Options{Kind: Kind(mode % 3)})
		if err != nil {
			return
		}
		total := 1 + int(mode/3)%12
		opt := BootstrapOptions{Resamples: total, Seed: seed}
		want, err := Bootstrap(context.Background(), s, fit, opt)
		if err != nil {
			t.Fatalf("Bootstrap: %v", err)
		}
		if want.Resamples+want.Failed != total || want.AtLeastAsFar > want.Resamples {
			t.Fatalf("Bootstrap: %+v", want)
		}
		bounds := []int{0, total}
		for _, c := range cuts {
			bounds = append(bounds, int(c)%(total+1))
		}
		slices.Sort(bounds)
		var parts []BootstrapPartial
		for j := 1; j < len(bounds); j++ {
			p, err := BootstrapPart(context.Background(), s, fit, opt, bounds[j-1], bounds[j]-bounds[j-1])
			if err != nil {
				t.Fatalf("part %d…%d: %v", bounds[j-1], bounds[j], err)
			}
			parts = append(parts, p)
		}
		if got, err := MergeBootstrap(parts...); err != nil || got != want {
			t.Fatalf("parts %v: %+v, %v; one call %+v", bounds, got, err, want)
		}
		slices.Reverse(parts)
		if got, err := MergeBootstrap(parts...); err != nil || got != want {
			t.Fatalf("parts %v reversed: %+v, %v; one call %+v", bounds, got, err, want)
		}
	})
}
