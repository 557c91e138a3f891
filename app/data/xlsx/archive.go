package xlsx

import (
	"bytes"
	"compress/flate"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
	"strings"
)

// archive is the directory of a zip file: the parts of the workbook, found
// by name. It reads only what an XLSX needs (stored and deflated entries,
// Zip64 sizes) and checks every offset against the file's size, so a
// hostile directory can neither read outside the file nor claim more
// memory than the file's own size.
//
// It is ours rather than archive/zip because archive/zip also brings
// io/fs, path/filepath and file-time handling into the WebAssembly binary,
// which cost about 150 KB there for nothing an XLSX reader uses.
type archive struct {
	r       io.ReaderAt
	size    int64
	entries map[string]*entry // by lower-case part name without a leading slash
}

// entry is one file in the archive, as the central directory describes it.
type entry struct {
	name             string // as stored
	flags            uint16
	method           uint16
	crc              uint32
	compressedSize   uint64
	uncompressedSize uint64
	headerOffset     uint64 // of the local file header
}

// Zip record signatures and fixed sizes (APPNOTE.TXT, sections 4.3.7–4.3.16).
const (
	sigLocalHeader     = 0x04034b50
	sigCentralHeader   = 0x02014b50
	sigEnd             = 0x06054b50
	sigEnd64           = 0x06064b50
	sigEnd64Locator    = 0x07064b50
	localHeaderLen     = 30
	centralHeaderLen   = 46
	endLen             = 22
	end64Len           = 56
	end64LocatorLen    = 20
	maxCommentLen      = 0xffff
	zip64ExtraID       = 0x0001
	methodStored       = 0
	methodDeflated     = 8
	flagEncrypted      = 0x1
	flagStrongEncrypt  = 0x40
	oleMagic           = "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
	unsetSize32        = 0xffffffff
	unsetCount16       = 0xffff
	maxDirectoryLength = 1 << 30 // no legitimate workbook has a 1 GiB directory
)

var notZip = fmt.Errorf("%w: not a zip archive", ErrNotXLSX)

// openArchive reads the central directory of the zip file r of size bytes.
func openArchive(r io.ReaderAt, size int64) (*archive, error) {
	if size < 0 {
		return nil, corrupt("negative file size %d", size)
	}
	var magic [8]byte
	if n, _ := r.ReadAt(magic[:], 0); n == len(magic) && string(magic[:]) == oleMagic {
		return nil, ErrBinaryWorkbook
	}
	dirOffset, dirSize, count, err := findDirectory(r, size)
	if err != nil {
		return nil, err
	}
	if count > maxEntries {
		return nil, &LimitError{Limit: LimitEntries, Size: int64(count), Max: maxEntries}
	}
	dir := make([]byte, dirSize)
	if _, err := r.ReadAt(dir, int64(dirOffset)); err != nil {
		return nil, corrupt("reading the zip directory: %v", err)
	}
	a := &archive{r: r, size: size, entries: make(map[string]*entry, count)}
	for len(dir) > 0 {
		e, rest, err := parseCentralHeader(dir)
		if err != nil {
			return nil, err
		}
		dir = rest
		if len(a.entries) == maxEntries {
			return nil, &LimitError{Limit: LimitEntries, Size: maxEntries + 1, Max: maxEntries}
		}
		key := partKey(e.name)
		if _, dup := a.entries[key]; dup {
			return nil, corrupt("zip lists %q twice", e.name)
		}
		a.entries[key] = e
	}
	return a, nil
}

// findDirectory locates the central directory from the end-of-directory
// record, and from the Zip64 one where the classic fields overflow.
func findDirectory(r io.ReaderAt, size int64) (offset, length, count uint64, err error) {
	tailLen := min(size, endLen+maxCommentLen)
	tail := make([]byte, tailLen)
	if _, err := r.ReadAt(tail, size-tailLen); err != nil {
		return 0, 0, 0, notZip
	}
	at := -1
	for i := len(tail) - endLen; i >= 0; i-- {
		if le32(tail[i:]) == sigEnd && i+endLen+int(le16(tail[i+20:])) <= len(tail) {
			at = i
			break
		}
	}
	if at < 0 {
		return 0, 0, 0, notZip
	}
	end := tail[at:]
	if le16(end[4:]) != 0 || le16(end[6:]) != 0 {
		return 0, 0, 0, &Error{Err: wrapUnsupported("zip archive split over several disks")}
	}
	count = uint64(le16(end[10:]))
	length = uint64(le32(end[12:]))
	offset = uint64(le32(end[16:]))
	endOffset := uint64(size - tailLen + int64(at))
	if count == unsetCount16 || length == unsetSize32 || offset == unsetSize32 {
		if offset, length, count, err = findDirectory64(r, endOffset); err != nil {
			return 0, 0, 0, err
		}
	}
	if length > maxDirectoryLength || offset > endOffset || length > endOffset-offset {
		return 0, 0, 0, corrupt("zip directory of %d bytes at %d lies outside the file", length, offset)
	}
	return offset, length, count, nil
}

// findDirectory64 reads the Zip64 end-of-directory record through the
// locator that precedes the classic record at endOffset.
func findDirectory64(r io.ReaderAt, endOffset uint64) (offset, length, count uint64, err error) {
	if endOffset < end64LocatorLen {
		return 0, 0, 0, corrupt("zip64 locator missing")
	}
	var loc [end64LocatorLen]byte
	if _, err := r.ReadAt(loc[:], int64(endOffset-end64LocatorLen)); err != nil || le32(loc[:]) != sigEnd64Locator {
		return 0, 0, 0, corrupt("zip64 locator missing")
	}
	at := le64(loc[8:])
	if at > endOffset-end64LocatorLen || endOffset-end64LocatorLen-at < end64Len {
		return 0, 0, 0, corrupt("zip64 directory record outside the file")
	}
	var rec [end64Len]byte
	if _, err := r.ReadAt(rec[:], int64(at)); err != nil || le32(rec[:]) != sigEnd64 {
		return 0, 0, 0, corrupt("zip64 directory record missing")
	}
	return le64(rec[48:]), le64(rec[40:]), le64(rec[32:]), nil
}

// parseCentralHeader reads one central directory record from the front of
// dir and returns the rest.
func parseCentralHeader(dir []byte) (*entry, []byte, error) {
	if len(dir) < centralHeaderLen || le32(dir) != sigCentralHeader {
		return nil, nil, corrupt("bad zip directory record")
	}
	nameLen, extraLen, commentLen := int(le16(dir[28:])), int(le16(dir[30:])), int(le16(dir[32:]))
	total := centralHeaderLen + nameLen + extraLen + commentLen
	if len(dir) < total {
		return nil, nil, corrupt("truncated zip directory record")
	}
	e := &entry{
		flags:            le16(dir[8:]),
		method:           le16(dir[10:]),
		crc:              le32(dir[16:]),
		compressedSize:   uint64(le32(dir[20:])),
		uncompressedSize: uint64(le32(dir[24:])),
		headerOffset:     uint64(le32(dir[42:])),
		name:             string(dir[centralHeaderLen : centralHeaderLen+nameLen]),
	}
	extra := dir[centralHeaderLen+nameLen : centralHeaderLen+nameLen+extraLen]
	if err := e.readZip64Extra(extra); err != nil {
		return nil, nil, err
	}
	return e, dir[total:], nil
}

// readZip64Extra replaces the 32-bit fields set to 0xffffffff with their
// 64-bit values from the Zip64 extra field, in the order APPNOTE gives.
func (e *entry) readZip64Extra(extra []byte) error {
	needUncompressed := e.uncompressedSize == unsetSize32
	needCompressed := e.compressedSize == unsetSize32
	needOffset := e.headerOffset == unsetSize32
	if !needUncompressed && !needCompressed && !needOffset {
		return nil
	}
	for len(extra) >= 4 {
		id, n := le16(extra), int(le16(extra[2:]))
		if len(extra) < 4+n {
			break
		}
		field := extra[4 : 4+n]
		extra = extra[4+n:]
		if id != zip64ExtraID {
			continue
		}
		for _, v := range []struct {
			need bool
			dst  *uint64
		}{{needUncompressed, &e.uncompressedSize}, {needCompressed, &e.compressedSize}, {needOffset, &e.headerOffset}} {
			if !v.need {
				continue
			}
			if len(field) < 8 {
				return corrupt("zip64 field of %q too short", e.name)
			}
			*v.dst = le64(field)
			field = field[8:]
		}
		return nil
	}
	return corrupt("zip64 sizes of %q missing", e.name)
}

// lookup returns the entry for a part name, ignoring case and a leading
// slash as Open Packaging Conventions part names do, or nil.
func (a *archive) lookup(name string) *entry {
	return a.entries[partKey(name)]
}

// partKey normalises a part name for lookup.
func partKey(name string) string {
	return strings.ToLower(strings.TrimPrefix(strings.ReplaceAll(name, `\`, "/"), "/"))
}

// open returns a reader of the entry's uncompressed bytes that fails with
// ErrTooLarge beyond limit bytes, and with ErrCorrupt when the data is
// longer or shorter than the directory says or its CRC-32 differs.
func (a *archive) open(e *entry, limit int64) (io.Reader, error) {
	if e.flags&(flagEncrypted|flagStrongEncrypt) != 0 {
		return nil, wrapUnsupported("encrypted zip entry")
	}
	if e.uncompressedSize > uint64(limit) {
		return nil, &LimitError{Limit: LimitPartBytes, Size: int64(min(e.uncompressedSize, 1<<62)), Max: limit}
	}
	var local [localHeaderLen]byte
	if e.headerOffset > uint64(a.size) || uint64(a.size)-e.headerOffset < localHeaderLen {
		return nil, corrupt("zip entry header outside the file")
	}
	if _, err := a.r.ReadAt(local[:], int64(e.headerOffset)); err != nil || le32(local[:]) != sigLocalHeader {
		return nil, corrupt("bad zip entry header")
	}
	dataOffset := e.headerOffset + localHeaderLen + uint64(le16(local[26:])) + uint64(le16(local[28:]))
	if dataOffset > uint64(a.size) || e.compressedSize > uint64(a.size)-dataOffset {
		return nil, corrupt("zip entry data outside the file")
	}
	data := io.NewSectionReader(a.r, int64(dataOffset), int64(e.compressedSize))
	var inflated io.Reader
	switch e.method {
	case methodStored:
		if e.compressedSize != e.uncompressedSize {
			return nil, corrupt("stored zip entry with different sizes")
		}
		inflated = data
	case methodDeflated:
		inflated = flate.NewReader(data)
	default:
		return nil, wrapUnsupported("zip compression method %d", e.method)
	}
	return &checkedReader{r: inflated, e: e, hash: crc32.NewIEEE()}, nil
}

// readAll returns the whole uncompressed entry.
func (a *archive) readAll(e *entry, limit int64) ([]byte, error) {
	r, err := a.open(e, limit)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	// Trust the declared size for at most 1 MiB ahead of the data: a
	// hostile directory could otherwise claim the whole limit for free.
	buf.Grow(int(min(e.uncompressedSize, 1<<20)))
	if _, err := buf.ReadFrom(r); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// checkedReader checks the uncompressed length and CRC-32 of an entry.
type checkedReader struct {
	r    io.Reader
	e    *entry
	hash hash.Hash32
	n    uint64 // bytes read so far
	err  error  // sticky
}

func (c *checkedReader) Read(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.r.Read(p)
	c.n += uint64(n)
	if c.n > c.e.uncompressedSize {
		c.err = corrupt("zip entry longer than its declared %d bytes", c.e.uncompressedSize)
		return 0, c.err
	}
	c.hash.Write(p[:n])
	switch {
	case err == io.EOF && c.n != c.e.uncompressedSize:
		err = corrupt("zip entry of %d bytes ends after %d", c.e.uncompressedSize, c.n)
	case err == io.EOF && c.e.crc != 0 && c.hash.Sum32() != c.e.crc:
		err = corrupt("zip entry fails its CRC-32 check")
	case err != nil && err != io.EOF:
		err = corrupt("inflating zip entry: %v", err)
	}
	if err != nil {
		c.err = err
	}
	return n, err
}

func le16(b []byte) uint16 { return uint16(b[0]) | uint16(b[1])<<8 }
func le32(b []byte) uint32 { return uint32(le16(b)) | uint32(le16(b[2:]))<<16 }
func le64(b []byte) uint64 { return uint64(le32(b)) | uint64(le32(b[4:]))<<32 }
