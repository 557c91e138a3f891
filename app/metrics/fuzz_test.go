package metrics

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"math"
	"reflect"
	"testing"
	"time"
)

// fuzzInput decodes arbitrary bytes into an input and options. Each message
// takes a channel byte, a kind byte, a date byte and one byte per numeric
// field; field bytes pick NaN, 0, a negative, ±∞, the largest float, a
// value read from the next 8 bytes, or a small count.
func fuzzInput(data []byte, universe, cpm float64, opt uint16) (Input, Options) {
	kinds := []string{"mass", "social", "owned", "earned", "paid", "", "média de masse", "??"}
	buckets := []Bucket{BucketAuto, BucketDay, BucketWeek, BucketMonth, BucketYear, "bogus"}
	denoms := []Denominator{DenominatorAuto, ByReach, ByImpressions, ByFollowers, "bogus"}
	opts := Options{
		Universe: universe, ReferenceCPM: cpm,
		Denominator: denoms[int(opt)%len(denoms)],
		Audience:    []Basis{BasisAuto, BasisReach, BasisImpressions}[int(opt>>3)%3],
		Bucket:      buckets[int(opt>>5)%len(buckets)],
		AVEBasis:    []AVEBasis{AVEByImpressions, AVEByMentions}[int(opt>>8)%2],
		TopK:        int(opt>>9)%6 - 1,
	}
	in := Input{Present: Fields(opt) | Fields(opt>>3)<<5}
	next := func() (byte, bool) {
		if len(data) == 0 {
			return 0, false
		}
		b := data[0]
		data = data[1:]
		return b, true
	}
	for len(in.Messages) < 500 {
		ch, ok := next()
		if !ok {
			break
		}
		kb, _ := next()
		db, _ := next()
		m := NewMessage(string(rune('A'+ch%5)), kinds[int(kb)%len(kinds)])
		if kb >= 128 { // a count of messages, from the same byte
			m.Count = []float64{math.NaN(), 0, 1, -1, 2.5, math.Inf(1), 2e9, float64(kb % 50), MaxMessageCount}[int(kb)%9]
		}
		switch {
		case db == 0:
		case db < 200:
			m.Date = time.Date(2024, 1, int(db), int(db)%24, 0, 0, 0, time.FixedZone("", int(db%27-13)*3600))
		case db < 250:
			m.Date = time.Date(int(db-199)*200, time.Month(db%12+1), 1, 0, 0, 0, 0, time.UTC)
		default:
			m.Date = time.Unix(int64(db)<<50, 0)
		}
		vals := [numNumeric]*float64{&m.Reach, &m.Impressions, &m.Followers, &m.Reactions, &m.Comments, &m.Shares, &m.Clicks, &m.Saves, &m.Replies, &m.Cost, &m.AudienceShare}
		for _, p := range vals {
			b, _ := next()
			switch b % 16 {
			case 0, 1, 2:
				*p = math.NaN()
			case 3:
				*p = 0
			case 4:
				*p = -float64(b)
			case 5:
				*p = math.Inf(1 - 2*int(b>>7))
			case 6:
				*p = math.MaxFloat64
			case 7:
				if len(data) >= 8 {
					*p = math.Float64frombits(binary.LittleEndian.Uint64(data))
					data = data[8:]
				}
			default:
				*p = float64(b) * float64(b%7+1)
			}
		}
		in.Messages = append(in.Messages, m)
	}
	return in, opts
}

func FuzzCompute(f *testing.F) {
	f.Add([]byte{}, 0.0, 0.0, uint16(0))
	f.Add([]byte("\x00\x00\x01ABCDEFGHIJK\x01\x01\x02abcdefghijk\x02\x05\x00zzzzzzzzzzz"), 1e6, 5.0, uint16(0xffff))
	f.Add(bytes.Repeat([]byte{3, 1, 7, 8, 9, 10, 11, 12, 13, 14, 15, 8, 9, 10}, 40), 6e7, 8000.0, uint16(0x1fff))
	f.Add(bytes.Repeat([]byte{1, 0, 250, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6}, 3), math.Inf(1), math.NaN(), uint16(0x0f0f))
	f.Add(bytes.Repeat([]byte{2, 3, 199, 7, 0, 0, 0, 0, 0, 0, 0xf0, 0x7f, 4, 5, 3, 3, 3, 3, 3, 3, 3, 3}, 20), -1.0, 1e308, uint16(0x2a5b))
	f.Add(bytes.Repeat([]byte{0, 1, 230, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 4, 0, 255, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3}, 10), 100.0, 1.0, uint16(0x7fff))
	f.Fuzz(func(t *testing.T, data []byte, universe, cpm float64, opt uint16) {
		in, opts := fuzzInput(data, universe, cpm, opt)
		rep := Compute(in, opts)
		checkFinite(t, "Report", reflect.ValueOf(rep))
		if reportText(Compute(asRows(in), opts)) != reportText(rep) {
			t.Fatal("the report from Rows differs from the report from Messages")
		}
		for _, r := range rep.MessageRows(in, 0, len(in.Messages)) {
			checkFinite(t, "MessageRow", reflect.ValueOf(r))
		}
		if _, err := json.Marshal(rep); err != nil {
			t.Fatalf("report does not encode as JSON: %v", err)
		}
		if err := WriteChannelsCSV(&bytes.Buffer{}, &rep, CSVFrench); err != nil {
			t.Fatalf("CSV export: %v", err)
		}
		messages := 0
		for i := range in.Messages {
			w, _ := weight(&in.Messages[i], in.Present, nil)
			messages += w
		}
		if n := len(rep.Channels); rep.Total.Rows != len(in.Messages) || rep.Total.Messages != messages || (n > 0 && rep.Total.Channels != n) {
			t.Fatalf("total has %d rows, %d messages, %d channels; input %d rows, %d messages, %d channels",
				rep.Total.Rows, rep.Total.Messages, rep.Total.Channels, len(in.Messages), messages, n)
		}
	})
}

// checkFinite walks v and fails on an available Value that is not finite, a
// missing Value without a reason or with a V other than NaN, and any other
// float that is not finite.
func checkFinite(t *testing.T, path string, v reflect.Value) {
	t.Helper()
	switch v.Kind() {
	case reflect.Struct:
		if val, ok := v.Interface().(Value); ok {
			switch {
			case val.OK && (math.IsNaN(val.V) || math.IsInf(val.V, 0)):
				t.Fatalf("%s = %v is available but not finite", path, val.V)
			case !val.OK && (val.Reason == ReasonNone || !math.IsNaN(val.V)):
				t.Fatalf("%s is missing with reason %q and V %v", path, val.Reason, val.V)
			}
			return
		}
		if _, ok := v.Interface().(time.Time); ok {
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				checkFinite(t, path+"."+v.Type().Field(i).Name, v.Field(i))
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			checkFinite(t, path+"[]", v.Index(i))
		}
	case reflect.Float64:
		if f := v.Float(); math.IsNaN(f) || math.IsInf(f, 0) {
			t.Fatalf("%s = %v is not finite", path, f)
		}
	}
}
