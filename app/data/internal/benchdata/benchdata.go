// Package benchdata generates the two CSV files ReachLab's reader is
// measured on, deterministically (same bytes for the same size, in Go
// natively and in WebAssembly):
//
//   - Social: a French social media export, ";"-separated, one post per
//     row: id, date and time (dd/mm/yyyy hh:mm), network, the post text
//     quoted (with commas, semicolons, doubled quotes, and a line break in
//     one post in fifty), impressions and reach with space group
//     separators ("12 345"), reactions, comments, shares, an engagement
//     rate ("1,25 %") and a cost with a decimal comma ("123,45"). About 120
//     bytes a row.
//   - Numeric: a plain ","-separated numeric table, 8 columns of integers
//     and decimals with a decimal point, some negative. About 70 bytes a row.
package benchdata

import (
	"bytes"
	"strconv"
)

// rng is xorshift64*: small, fast and the same everywhere.
type rng uint64

func (r *rng) next() uint64 {
	x := uint64(*r)
	x ^= x >> 12
	x ^= x << 25
	x ^= x >> 27
	*r = rng(x)
	return x * 2685821657736338717
}

// intn returns a number in [0, n).
func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

var networks = []string{"Facebook", "Instagram", "LinkedIn", "X", "TikTok", "YouTube"}

var words = []string{
	"nouveau", "lancement", "produit", "équipe", "merci", "découvrez", "notre", "offre",
	"été", "client", "vidéo", "live", "demain", "aujourd'hui", "à", "la", "une", "des",
	"événement", "Paris", "Lyon", "rendez-vous", "bravo", "concours", "gagner", "semaine",
}

// Social returns a social export of at least size bytes (whole rows).
func Social(size int) []byte {
	var b bytes.Buffer
	b.Grow(size + 512)
	b.WriteString("ID;Date;Réseau;Texte;Impressions;Portée;Réactions;Commentaires;Partages;Taux d'engagement;Coût\n")
	r := rng(0x9E3779B97F4A7C15)
	var num []byte
	for id := 1000001; b.Len() < size; id++ {
		num = strconv.AppendInt(num[:0], int64(id), 10)
		b.Write(num)
		b.WriteByte(';')
		day, month, hour, minute := 1+r.intn(28), 1+r.intn(12), r.intn(24), r.intn(60)
		b.Write(two(num[:0], day))
		b.WriteByte('/')
		b.Write(two(num[:0], month))
		b.WriteString("/2026 ")
		b.Write(two(num[:0], hour))
		b.WriteByte(':')
		b.Write(two(num[:0], minute))
		b.WriteByte(';')
		b.WriteString(networks[r.intn(len(networks))])
		b.WriteString(`;"`)
		n := 5 + r.intn(6)
		for w := 0; w < n; w++ {
			if w > 0 {
				switch r.intn(12) {
				case 0:
					b.WriteString(", ")
				case 1:
					b.WriteString(" ; ")
				default:
					b.WriteByte(' ')
				}
			}
			if r.intn(12) == 0 {
				b.WriteString(`""` + words[r.intn(len(words))] + `""`) // a quoted word
				continue
			}
			b.WriteString(words[r.intn(len(words))])
		}
		if r.intn(50) == 0 {
			b.WriteString("\nsuite du post")
		}
		b.WriteString(`";`)
		impressions := 100 + r.intn(500000)
		b.Write(grouped(num[:0], impressions))
		b.WriteByte(';')
		b.Write(grouped(num[:0], impressions*(40+r.intn(50))/100))
		b.WriteByte(';')
		reactions := r.intn(5000)
		b.Write(strconv.AppendInt(num[:0], int64(reactions), 10))
		b.WriteByte(';')
		b.Write(strconv.AppendInt(num[:0], int64(r.intn(300)), 10))
		b.WriteByte(';')
		b.Write(strconv.AppendInt(num[:0], int64(r.intn(200)), 10))
		b.WriteByte(';')
		rate := reactions * 10000 / impressions // hundredths of a percent
		b.Write(strconv.AppendInt(num[:0], int64(rate/100), 10))
		b.WriteByte(',')
		b.Write(two(num[:0], rate%100))
		b.WriteString(" %;")
		cents := r.intn(100000)
		b.Write(strconv.AppendInt(num[:0], int64(cents/100), 10))
		b.WriteByte(',')
		b.Write(two(num[:0], cents%100))
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// Numeric returns a numeric CSV of at least size bytes (whole rows).
func Numeric(size int) []byte {
	var b bytes.Buffer
	b.Grow(size + 256)
	b.WriteString("a,b,c,d,e,f,g,h\n")
	r := rng(0xD1B54A32D192ED03)
	var num []byte
	for b.Len() < size {
		for c := 0; c < 8; c++ {
			if c > 0 {
				b.WriteByte(',')
			}
			switch c % 4 {
			case 0: // integer
				num = strconv.AppendInt(num[:0], int64(r.intn(1000000)), 10)
			case 1: // decimal with 3 digits, sometimes negative
				v := int64(r.intn(10000000)) - 2000000
				num = strconv.AppendFloat(num[:0], float64(v)/1000, 'f', 3, 64)
			case 2: // small decimal
				num = strconv.AppendFloat(num[:0], float64(r.intn(100000))/100, 'f', 2, 64)
			default: // large integer
				num = strconv.AppendInt(num[:0], int64(r.next()%10000000000), 10)
			}
			b.Write(num)
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// two appends v as two digits.
func two(dst []byte, v int) []byte {
	return append(dst, byte('0'+v/10), byte('0'+v%10))
}

// grouped appends v with a space every three digits: 12 345.
func grouped(dst []byte, v int) []byte {
	s := strconv.Itoa(v)
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, s[i])
	}
	return dst
}
