package metrics

import (
	"fmt"
	"testing"
	"time"
)

func TestTimelineMixed(t *testing.T) {
	// Dated messages from 2024-03-01 to 2024-03-11: a 10-day span, so daily
	// buckets, 11 of them.
	rep := Compute(mixedInput(), Options{})
	tl := rep.Charts.Timeline
	if tl.Reason != ReasonNone || tl.Bucket != BucketDay || len(tl.Starts) != 11 || tl.Dated != 5 || tl.Undated != 2 {
		t.Fatalf("timeline: reason %q bucket %q %d buckets, %d dated, %d undated; want day, 11, 5, 2", tl.Reason, tl.Bucket, len(tl.Starts), tl.Dated, tl.Undated)
	}
	if want := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC); !tl.Starts[0].Equal(want) {
		t.Errorf("first bucket starts %v, want %v", tl.Starts[0], want)
	}
	page := tl.Series[1]
	if page.Channel != "Page" || page.Kind != KindSocial {
		t.Fatalf("series 1 = %s %s, want Page social", page.Channel, page.Kind)
	}
	// 03-05 is bucket 4: post 2, reach 3000, interactions 160.
	p := page.Points[4]
	if p.Messages != 1 {
		t.Errorf("Page on 03-05: %d messages, want 1", p.Messages)
	}
	runChecks(t, []check{
		{"Page 03-05 reach", p.Audience, 3000, ""},
		{"Page 03-05 interactions", p.Interactions, 160, ""},
		{"Page 03-02 reach (no post)", page.Points[1].Audience, 0, NoMessages},
		// 03-09 is bucket 8: post 4 has reach 2000 and no interaction value.
		{"Page 03-09 reach", page.Points[8].Audience, 2000, ""},
		{"Page 03-09 interactions", page.Points[8].Interactions, 0, NoInteractions},
		// TV: 03-04 (bucket 3) and 03-11 (bucket 10).
		{"TV 03-11 reach", tl.Series[0].Points[10].Audience, 500_000, ""},
		{"TV 03-04 interactions", tl.Series[0].Points[3].Interactions, 0, NoInteractions},
	})
}

func TestTimelineBucketChoice(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		name        string
		first, last string
		forced      Bucket
		want        Bucket
		buckets     int
		firstStart  string
	}{
		{"one day", "2024-05-17", "2024-05-17", "", BucketDay, 1, "2024-05-17"},
		{"92 days: a quarter, still days", "2024-01-01", "2024-04-02", "", BucketDay, 93, "2024-01-01"},
		// 2024-01-01 is a Monday; 2024-04-03 is in the week of Monday 04-01.
		{"93 days: weeks", "2024-01-01", "2024-04-03", "", BucketWeek, 14, "2024-01-01"},
		// Wednesday 2024-01-03 belongs to the week starting Monday 2024-01-01.
		{"weeks start on Monday", "2024-01-03", "2024-06-30", "", BucketWeek, 26, "2024-01-01"},
		{"two years: weeks", "2022-01-01", "2024-01-01", "", BucketWeek, 106, "2021-12-27"},
		{"three years: months", "2021-03-15", "2024-03-14", "", BucketMonth, 37, "2021-03-01"},
		{"twelve years: years", "2010-06-01", "2022-01-01", "", BucketYear, 13, "2010-01-01"},
		{"forced month", "2024-01-01", "2024-01-20", BucketMonth, BucketMonth, 1, "2024-01-01"},
		{"forced day over 5 years falls back to weeks", "2019-01-01", "2024-01-01", BucketDay, BucketWeek, 262, "2018-12-31"},
		{"forced day over 3 000 years falls back to years", "0100-01-01", "3000-01-01", BucketDay, BucketYear, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msgs := []Message{mk("A", "", tt.first, nil), mk("A", "", tt.last, nil)}
			tl := Compute(Input{Messages: msgs, Present: FieldsOf(FieldDate)}, Options{Bucket: tt.forced}).Charts.Timeline
			if tt.buckets == 0 {
				if tl.Reason != DateSpanTooWide || len(tl.Series) != 0 {
					t.Errorf("got %q with %d buckets, want date_span_too_wide", tl.Reason, len(tl.Starts))
				}
				return
			}
			if tl.Bucket != tt.want || len(tl.Starts) != tt.buckets || !tl.Starts[0].Equal(day(tt.firstStart)) {
				t.Errorf("got %q × %d from %v, want %q × %d from %s", tl.Bucket, len(tl.Starts), tl.Starts[0].Format(time.DateOnly), tt.want, tt.buckets, tt.firstStart)
			}
			pts := tl.Series[0].Points
			total := 0
			for _, p := range pts {
				total += p.Messages
			}
			if total != 2 || pts[0].Messages == 0 || pts[len(pts)-1].Messages == 0 {
				t.Errorf("buckets hold %d messages, first %d, last %d; want 2, in the first and last buckets", total, pts[0].Messages, pts[len(pts)-1].Messages)
			}
		})
	}
}

func TestTimelineUsesCalendarDateInOwnZone(t *testing.T) {
	// 23:30 on 1 March in Paris is 22:30 UTC, still 1 March; 00:30 on 2 March
	// in Paris is 23:30 UTC on 1 March, but the Paris date is what counts.
	paris := time.FixedZone("CET", 3600)
	a, b := NewMessage("A", ""), NewMessage("A", "")
	a.Date = time.Date(2024, 3, 1, 23, 30, 0, 0, paris)
	b.Date = time.Date(2024, 3, 2, 0, 30, 0, 0, paris)
	tl := Compute(Input{Messages: []Message{a, b}, Present: FieldsOf(FieldDate)}, Options{}).Charts.Timeline
	if len(tl.Starts) != 2 || tl.Series[0].Points[0].Messages != 1 || tl.Series[0].Points[1].Messages != 1 {
		t.Errorf("got %d buckets %+v, want 2 days with one message each", len(tl.Starts), tl.Series[0].Points)
	}
}

func TestTimelineWithoutDates(t *testing.T) {
	in := mixedInput()
	in.Present &^= FieldsOf(FieldDate)
	if got := Compute(in, Options{}).Charts.Timeline.Reason; got != NoDateColumn {
		t.Errorf("no date column: reason %q, want no_date_column", got)
	}
	in = Input{Messages: []Message{NewMessage("A", "")}, Present: allFields}
	if got := Compute(in, Options{}).Charts.Timeline.Reason; got != NoDates {
		t.Errorf("no dates: reason %q, want no_dates", got)
	}
}

func TestBucketIndexRoundTrip(t *testing.T) {
	// Each bucket's start falls in that bucket, and the next bucket starts
	// after it, for every step, across leap years and before 1970.
	for _, size := range bucketSteps {
		for _, s := range []string{"1969-12-31", "1970-01-01", "2000-02-29", "2024-12-30", "0001-01-01", "9999-12-31"} {
			d, err := time.Parse(time.DateOnly, s)
			if err != nil {
				t.Fatal(err)
			}
			i := bucketIndex(size, d)
			start := bucketStart(size, i)
			if bucketIndex(size, start) != i || start.After(d) {
				t.Errorf("%s %s: bucket %d starts %v", size, s, i, start)
			}
			if next := bucketStart(size, i+1); !next.After(d) {
				t.Errorf("%s %s: next bucket starts %v, not after the date", size, s, next)
			}
		}
	}
	if got := fmt.Sprint(bucketStart(BucketWeek, bucketIndex(BucketWeek, time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC))).Weekday()); got != "Monday" {
		t.Errorf("week of 1970-01-01 starts on %s, want Monday", got)
	}
}
