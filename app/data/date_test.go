package data

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	const (
		D    = dateDMY
		M    = dateMDY
		DM   = dateDMY | dateMDY
		DMT  = dateDMY | dateMDY | dateTime
		AMB  = dateDMY | dateMDY | dateAmbiguous
		none = dateFlags(0)
	)
	utc := func(y int, m time.Month, d, h, mi, s int) int64 {
		return time.Date(y, m, d, h, mi, s, 0, time.UTC).Unix()
	}
	jul14 := utc(2026, time.July, 14, 0, 0, 0)
	tests := []struct {
		name  string
		in    string
		order DateOrder
		want  int64
		flags dateFlags
	}{
		{"iso", "2026-07-14", DMY, jul14, DM},
		{"iso with Z", "2026-07-14T08:30:00Z", DMY, utc(2026, 7, 14, 8, 30, 0), DMT},
		{"iso with offset", "2026-07-14T08:30:00+02:00", DMY, utc(2026, 7, 14, 6, 30, 0), DMT},
		{"iso with compact offset", "2026-07-14T08:30-0500", DMY, utc(2026, 7, 14, 13, 30, 0), DMT},
		{"iso with fraction", "2026-07-14T08:30:15.123Z", DMY, utc(2026, 7, 14, 8, 30, 15), DMT},
		{"iso space minutes", "2026-07-14 08:30", MDY, utc(2026, 7, 14, 8, 30, 0), DMT},
		{"iso slashes", "2026/07/14", DMY, jul14, DM},
		{"day first", "14/07/2026", DMY, jul14, D},
		{"day first read month first", "14/07/2026", MDY, MissingTime, D},
		{"month first", "07/14/2026", MDY, jul14, M},
		{"month first read day first", "07/14/2026", DMY, MissingTime, M},
		{"ambiguous day first", "05/07/2026", DMY, utc(2026, 7, 5, 0, 0, 0), AMB},
		{"ambiguous month first", "05/07/2026", MDY, utc(2026, 5, 7, 0, 0, 0), AMB},
		{"same either way", "05/05/2026", MDY, utc(2026, 5, 5, 0, 0, 0), DM},
		{"points", "14.07.2026", DMY, jul14, D},
		{"dashes", "14-07-2026", DMY, jul14, D},
		{"two-digit year", "14/07/26", DMY, jul14, D},
		{"two-digit year last century", "14/07/99", DMY, utc(1999, 7, 14, 0, 0, 0), D},
		{"single digits", "7/4/2026", DMY, utc(2026, 4, 7, 0, 0, 0), AMB},
		{"with time", "14/07/2026 08:30", DMY, utc(2026, 7, 14, 8, 30, 0), D | dateTime},
		{"with seconds", "14/07/2026 08:30:59", DMY, utc(2026, 7, 14, 8, 30, 59), D | dateTime},
		{"with UTC", "14/07/2026 08:30 UTC", DMY, utc(2026, 7, 14, 8, 30, 0), D | dateTime},
		{"midnight AM", "07/14/2026 12:00 AM", MDY, jul14, M | dateTime},
		{"weekday english", "Tue, Jul 14, 2026", DMY, jul14, DM},
		{"month day year", "Jul 14, 2026", MDY, jul14, DM},
		{"long month ordinal", "July 14th, 2026", DMY, jul14, DM},
		{"day month year", "14 Jul 2026", DMY, jul14, DM},
		{"dashed month", "14-Jul-2026", DMY, jul14, DM},
		{"french abbreviation", "14 juil. 2026", DMY, jul14, DM},
		{"french", "14 juillet 2026", DMY, jul14, DM},
		{"french weekday", "mardi 14 juillet 2026", DMY, jul14, DM},
		{"french abbreviated weekday", "mar. 14 juil. 2026", DMY, jul14, DM},
		{"mar is march here", "Mar 3, 2026", DMY, utc(2026, 3, 3, 0, 0, 0), DM},
		{"premier", "1er juillet 2026", DMY, utc(2026, 7, 1, 0, 0, 0), DM},
		{"capital accent", "14 FÉVRIER 2026", DMY, utc(2026, 2, 14, 0, 0, 0), DM},
		{"août", "15 août 2026", DMY, utc(2026, 8, 15, 0, 0, 0), DM},
		{"aout", "15 aout 2026", DMY, utc(2026, 8, 15, 0, 0, 0), DM},
		{"décembre abbreviated", "3 déc. 2026", DMY, utc(2026, 12, 3, 0, 0, 0), DM},
		{"english time AM", "Jul 14, 2026 8:30 AM", DMY, utc(2026, 7, 14, 8, 30, 0), DMT},
		{"english at PM", "Jul 14, 2026 at 8:30 PM", DMY, utc(2026, 7, 14, 20, 30, 0), DMT},
		{"a.m.", "Jul 14, 2026 8:30 a.m.", DMY, utc(2026, 7, 14, 8, 30, 0), DMT},
		{"french à h", "14 juillet 2026 à 08h30", DMY, utc(2026, 7, 14, 8, 30, 0), DMT},
		{"french hour only", "14 juillet 2026 8h", DMY, utc(2026, 7, 14, 8, 0, 0), DMT},
		{"weekday unchecked", "Mon, Jul 14, 2026", DMY, jul14, DM},
		{"leap day", "29/02/2024", DMY, utc(2024, 2, 29, 0, 0, 0), D},
		{"not a leap year", "29/02/2025", DMY, MissingTime, none},
		{"february 30", "2026-02-30", DMY, MissingTime, none},
		{"april 31", "31/04/2026", DMY, MissingTime, none},
		{"month 13 both ways", "13/13/2026", DMY, MissingTime, none},
		{"hour 25", "2026-07-14T25:00", DMY, MissingTime, none},
		{"pm on 13", "Jul 14, 2026 13:00 PM", DMY, MissingTime, none},
		{"unknown month", "14 foo 2026", DMY, MissingTime, none},
		{"no day", "Jul 2026", DMY, MissingTime, none},
		{"word", "hello world", DMY, MissingTime, none},
		{"empty", "", DMY, MissingTime, none},
		{"number", "12345678", DMY, MissingTime, none},
		{"trailing junk", "2026-07-14 08:30 PMX", DMY, MissingTime, none},
		{"year out of range", "14/07/0999", DMY, MissingTime, none},
		{"T only for ISO", "14/07/2026T08:30", DMY, MissingTime, none},

		// Other languages.
		{"spanish de", "8 de marzo de 2024", DMY, utc(2024, 3, 8, 0, 0, 0), DM},
		{"spanish weekday", "mié., 8 de mar. de 2024", DMY, utc(2024, 3, 8, 0, 0, 0), DM},
		{"spanish capital", "8 De Marzo De 2024", DMY, utc(2024, 3, 8, 0, 0, 0), DM},
		{"german dot", "16. Juli 2024", DMY, utc(2024, 7, 16, 0, 0, 0), DM},
		{"german umlaut", "3. März 2024 um 14:05", DMY, utc(2024, 3, 3, 14, 5, 0), DMT},
		{"german weekday", "Dienstag, 16. Juli 2024", DMY, utc(2024, 7, 16, 0, 0, 0), DM},
		{"portuguese ordinal", "1º de março de 2024", DMY, utc(2024, 3, 1, 0, 0, 0), DM},
		{"portuguese weekday", "segunda-feira, 5 de setembro de 2022", DMY, utc(2022, 9, 5, 0, 0, 0), DM},
		{"italian", "16 luglio 2024", DMY, utc(2024, 7, 16, 0, 0, 0), DM},
		{"italian abbreviation", "3 gen 2025", DMY, utc(2025, 1, 3, 0, 0, 0), DM},
		{"dutch", "16 juli 2024", DMY, utc(2024, 7, 16, 0, 0, 0), DM},
		{"russian", "18 января 2026", DMY, utc(2026, 1, 18, 0, 0, 0), DM},
		{"russian capital", "18 Января 2026", DMY, utc(2026, 1, 18, 0, 0, 0), DM},
		{"japanese", "2024年9月13日", DMY, utc(2024, 9, 13, 0, 0, 0), DM},
		{"japanese weekday time", "2024年9月13日(金) 10:30", DMY, utc(2024, 9, 13, 10, 30, 0), DMT},
		{"korean", "2024년 9월 13일", DMY, utc(2024, 9, 13, 0, 0, 0), DM},
		{"dd-mon-yy", "27-Apr-23", DMY, utc(2023, 4, 27, 0, 0, 0), DM},
		{"dd-mon-yy old", "27-Apr-98", DMY, utc(1998, 4, 27, 0, 0, 0), DM},

		// Without a year: the placeholder year, flagged.
		{"no year english", "July 16", DMY, utc(yearlessYear, 7, 16, 0, 0, 0), DM | dateNoYear},
		{"no year february", "February 28", MDY, utc(yearlessYear, 2, 28, 0, 0, 0), DM | dateNoYear},
		{"no year leap day", "February 29", MDY, utc(yearlessYear, 2, 29, 0, 0, 0), DM | dateNoYear},
		{"no year spanish", "8 de marzo", DMY, utc(yearlessYear, 3, 8, 0, 0, 0), DM | dateNoYear},
		{"no year portuguese", "5 de setembro", DMY, utc(yearlessYear, 9, 5, 0, 0, 0), DM | dateNoYear},
		{"no year french", "14 juil.", DMY, utc(yearlessYear, 7, 14, 0, 0, 0), DM | dateNoYear},
		{"no year german", "16. Juli", DMY, utc(yearlessYear, 7, 16, 0, 0, 0), DM | dateNoYear},
		{"no year italian", "16 luglio", DMY, utc(yearlessYear, 7, 16, 0, 0, 0), DM | dateNoYear},
		{"no year russian", "18 января", DMY, utc(yearlessYear, 1, 18, 0, 0, 0), DM | dateNoYear},
		{"no year japanese", "9月13日", DMY, utc(yearlessYear, 9, 13, 0, 0, 0), DM | dateNoYear},
		{"no year korean", "9월 13일", DMY, utc(yearlessYear, 9, 13, 0, 0, 0), DM | dateNoYear},
		{"no year with time", "Jul 16 at 8:30 PM", DMY, utc(yearlessYear, 7, 16, 20, 30, 0), DMT | dateNoYear},
		{"no year weekday", "Tue, Jul 16", DMY, utc(yearlessYear, 7, 16, 0, 0, 0), DM | dateNoYear},
		{"no year march is mardi", "mar. 14 juil.", DMY, utc(yearlessYear, 7, 14, 0, 0, 0), DM | dateNoYear},
		{"no year june 31", "June 31", DMY, MissingTime, none},
		{"no year february 30", "30 de febrero", DMY, MissingTime, none},
		{"no year not a day", "July 2026 sales", DMY, MissingTime, none},
		{"month and number", "March 123", DMY, MissingTime, none},
		{"de alone", "1 de 3", DMY, MissingTime, none},
		{"word after month", "May be", DMY, MissingTime, none},
		{"day and word", "12 monkeys", DMY, MissingTime, none},
		{"cjk bad month", "13月1日", DMY, MissingTime, none},
		{"cjk without day mark", "9月13", DMY, MissingTime, none},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, flags := parseDate(tt.in, tt.order)
			if got != tt.want || flags != tt.flags {
				t.Errorf("parseDate(%q, %v) = %d (%v), flags %04b; want %d (%v), flags %04b",
					tt.in, tt.order, got, time.Unix(got, 0).UTC(), flags, tt.want, time.Unix(tt.want, 0).UTC(), tt.flags)
			}
		})
	}
}

// TestDaysFromCivil compares the day count with the time package over the
// supported years.
func TestDaysFromCivil(t *testing.T) {
	for day := time.Date(1000, 1, 1, 0, 0, 0, 0, time.UTC); day.Year() <= 9999; day = day.AddDate(0, 0, 97) {
		want := day.Unix() / 86400
		if got := daysFromCivil(day.Year(), int(day.Month()), day.Day()); got != want {
			t.Fatalf("daysFromCivil(%v) = %d, want %d", day.Format(time.DateOnly), got, want)
		}
	}
}

func BenchmarkParseDate(b *testing.B) {
	cells := []string{"2026-07-14", "14/07/2026 08:30", "Tue, Jul 14, 2026", "14 juil. 2026", "July 16", "8 de marzo", "Facebook", "Dienstag Abend"}
	for _, c := range cells {
		b.Run(c, func(b *testing.B) {
			for b.Loop() {
				parseDate(c, DMY)
			}
		})
	}
}
