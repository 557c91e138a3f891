package metrics

import (
	"context"
	"errors"
	"fmt"
	"testing"
)

// sliceRows gives messages through Rows, as a table-backed input does.
type sliceRows []Message

func (r sliceRows) Len() int               { return len(r) }
func (r sliceRows) Read(i int, m *Message) { *m = r[i] }

// reportText prints a report for comparison, leaving out the pointer its
// settings hold.
func reportText(rep Report) string {
	rep.s.kinds = nil
	return fmt.Sprintf("%+v", rep)
}

// asRows is in with its messages given through Rows.
func asRows(in Input) Input {
	return Input{Rows: sliceRows(in.Messages), Present: in.Present}
}

func TestRowsGiveTheSameReportAsMessages(t *testing.T) {
	in := benchInput(5000)
	opts := Options{Universe: 60e6, ReferenceCPM: 8}
	want := Compute(in, opts)
	got := Compute(asRows(in), opts)
	if reportText(got) != reportText(want) {
		t.Error("the report from Rows differs from the report from Messages")
	}
	if a, b := fmt.Sprintf("%+v", got.MessageRows(asRows(in), 10, 60)), fmt.Sprintf("%+v", want.MessageRows(in, 10, 60)); a != b {
		t.Error("the message rows from Rows differ from those from Messages")
	}
}

func TestComputeContextStopsAndReportsProgress(t *testing.T) {
	in := asRows(benchInput(200_000))
	var last, total int64
	calls := 0
	if _, err := ComputeContext(context.Background(), in, Options{}, func(done, all int64) {
		if done <= last || done > all {
			t.Errorf("progress %d of %d after %d", done, all, last)
		}
		last, total = done, all
		calls++
	}); err != nil {
		t.Fatal(err)
	}
	if total != 400_000 || calls < 10 || last < total-paceEvery {
		t.Errorf("%d progress reports, the last %d of %d; want about every %d of 400,000 rows read", calls, last, total, paceEvery)
	}

	ctx, cancel := context.WithCancel(context.Background())
	reads := 0
	_, err := ComputeContext(ctx, in, Options{}, func(done, all int64) {
		reads++
		if done >= 3*paceEvery {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if reads > 4 {
		t.Errorf("%d progress reports after the cancellation at the third: it went on", reads)
	}
}

func TestChannelMessagesPagesOneChannel(t *testing.T) {
	in := Input{Present: FieldsOf(FieldReach)}
	for i := range 130 {
		m := NewMessage([]string{"A", "B"}[i%2], "social")
		m.Reach = float64(i)
		in.Messages = append(in.Messages, m)
	}
	rep := Compute(in, Options{})
	n, page := rep.ChannelMessages("B", 50, 100)
	if n != 65 || len(page) != 15 || page[0] != 101 || page[14] != 129 {
		t.Errorf("B, 50 to 100: %d messages, page %v", n, page)
	}
	if n, page := rep.ChannelMessages("A", 0, 3); n != 65 || fmt.Sprint(page) != "[0 2 4]" {
		t.Errorf("A, 0 to 3: %d messages, page %v", n, page)
	}
	if n, page := rep.ChannelMessages("C", 0, 50); n != 0 || page != nil {
		t.Errorf("an unknown channel: %d messages, page %v", n, page)
	}
}
