package data

import "math/bits"

// SWAR ("SIMD within a register") helpers: they look at 8 bytes at once in
// a uint64, the first byte of the text in the lowest byte (see load64). The reader's hot
// loops use them because, compiled to WebAssembly, every loop iteration
// costs a few nanoseconds of dispatch whatever its body: handling 8 bytes
// per iteration instead of 1 is what makes the reader fast in a browser.

const (
	lowBits  = 0x0101010101010101 // 1 in every byte
	highBits = 0x8080808080808080 // the high bit of every byte
)

// zeroBytes returns a word whose lowest set bit is the high bit of the
// first zero byte of x, or 0 if x has none. (Bytes after the first zero may
// be flagged wrongly, by the borrow; the first flag is exact.)
func zeroBytes(x uint64) uint64 { return (x - lowBits) & ^x & highBits }

// firstFlag returns the index of the byte holding the lowest set bit of a
// flag word, 8 if it is zero.
func firstFlag(m uint64) int { return bits.TrailingZeros64(m) >> 3 }

// nonDigits flags the bytes of x that are not ASCII digits; as with
// zeroBytes, only the first flag is exact: a byte below '0' borrows in the
// subtraction, a byte above '9' carries in the addition, and both only
// disturb the bytes after it.
func nonDigits(x uint64) uint64 {
	return ((x - 0x30*lowBits) | (x + 0x46*lowBits)) & highBits
}

// eightDigits returns the value of 8 decimal digits stored as byte values
// 0–9 in x, the first (most significant) digit in the lowest byte. Leading
// zero bytes are leading zero digits. Two steps:
//
//	x·10 + x>>8 puts 10·d₀+d₁ in byte 0, 10·d₂+d₃ in byte 2, … (at most 99,
//	so no byte overflows);
//	the pairs p₀ (byte 0) and p₂ (byte 4), multiplied by 100 + 10⁶·2³²,
//	give p₀·10⁶ + p₂·100 in the high 32 bits; the pairs p₁ (byte 2) and
//	p₃ (byte 6), shifted down and multiplied by 1 + 10⁴·2³², give
//	p₁·10⁴ + p₃ there. Their sum's high half is the 8-digit value.
func eightDigits(x uint64) uint64 {
	x = x*10 + x>>8
	const mask = 0x000000FF000000FF
	return ((x&mask)*(100+1000000<<32) + (x>>16&mask)*(1+10000<<32)) >> 32
}

// pow10u holds 10ⁿ for n ≤ 19.
var pow10u = [...]uint64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

// digitsAt reads the run of ASCII digits of text starting at i and ending
// at end at the latest, 8 at a time. It returns their value (meaningful
// for up to 19 digits), their count and the offset after them.
func digitsAt(text string, i, end int) (value uint64, count, next int) {
	for i < end && i+8 <= len(text) {
		v, k := digits8(text, i, end-i)
		value = value*pow10u[k] + v
		count += k
		i += k
		if k < 8 {
			return value, count, i
		}
	}
	for i < end && isDigit(text[i]) { // the last bytes of the text
		value = value*10 + uint64(text[i]-'0')
		count++
		i++
	}
	return value, count, i
}

// digits8 reads the digits among the 8 bytes of text at i (i+8 <=
// len(text)), at most limit of them: their value and count, 0 if text[i]
// is not a digit. Small enough to be inlined in the hot loops.
func digits8(text string, i, limit int) (value uint64, count int) {
	x := load64(text, i)
	count = min(firstFlag(nonDigits(x)), limit) // no flag: 64 trailing zeros, 8 digits
	return eightDigits((x - 0x30*lowBits) << (64 - 8*count)), count
}
