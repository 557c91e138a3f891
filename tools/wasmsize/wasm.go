package main

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// module is what the size report needs from a WebAssembly binary: the size
// of every section, each function body with its name, and the data segments.
type module struct {
	sections []section
	// funcs holds the functions defined in the module (not the imported
	// ones), in code-section order.
	funcs []function
	// data holds the active data segments of the data section.
	data []segment
	// named is true when the module has a "name" section with function names
	// (Go's linker drops it with -ldflags=-s).
	named bool
}

type section struct {
	id   byte
	name string // a custom section's name; the standard name otherwise
	size int    // the payload, without the id and size bytes
}

type function struct {
	name string
	size int // the body, without its size prefix
}

type segment struct {
	offset uint64 // the memory address it is copied to
	bytes  []byte
}

var sectionNames = [...]string{"custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data", "data count", "tag"}

var errFormat = errors.New("not a WebAssembly binary")

// parseModule reads the sections of a WebAssembly binary. It decodes only
// the import section (to count imported functions, which come first in the
// function index space), the code section (body sizes), the data section and
// subsection 1 of the "name" custom section (function names).
func parseModule(b []byte) (*module, error) {
	if len(b) < 8 || string(b[:4]) != "\x00asm" || binary.LittleEndian.Uint32(b[4:8]) != 1 {
		return nil, errFormat
	}
	m := &module{}
	imported := 0
	names := map[int]string{}
	r := reader{b: b, pos: 8}
	for r.pos < len(b) {
		id := r.byte()
		size := int(r.uint())
		if r.err != nil || size > len(b)-r.pos {
			return nil, fmt.Errorf("section at byte %d: %w", r.pos, errFormat)
		}
		body := reader{b: b[:r.pos+size], pos: r.pos}
		r.pos += size
		s := section{id: id, size: size}
		if int(id) < len(sectionNames) {
			s.name = sectionNames[id]
		} else {
			s.name = fmt.Sprintf("section %d", id)
		}
		switch id {
		case 0:
			s.name = body.name()
			if s.name == "name" {
				m.named = readFunctionNames(&body, names) && len(names) > 0
			}
		case 2:
			imported = countImportedFunctions(&body)
		case 10:
			n := int(body.uint())
			for i := 0; i < n && body.err == nil; i++ {
				fs := int(body.uint())
				body.pos += fs
				m.funcs = append(m.funcs, function{size: fs})
			}
		case 11:
			m.data = readData(&body)
		}
		if body.err != nil {
			return nil, fmt.Errorf("%s section: %w", s.name, body.err)
		}
		m.sections = append(m.sections, s)
	}
	for i := range m.funcs {
		if n, ok := names[imported+i]; ok {
			m.funcs[i].name = n
		} else {
			m.funcs[i].name = fmt.Sprintf("<function %d>", imported+i)
		}
	}
	return m, nil
}

// readFunctionNames decodes subsection 1 (function names) of a name section.
func readFunctionNames(r *reader, names map[int]string) bool {
	for r.pos < len(r.b) && r.err == nil {
		id := r.byte()
		size := int(r.uint())
		end := r.pos + size
		if id == 1 {
			n := int(r.uint())
			for i := 0; i < n && r.err == nil; i++ {
				idx := int(r.uint())
				names[idx] = r.name()
			}
		}
		r.pos = end
	}
	return r.err == nil
}

func countImportedFunctions(r *reader) int {
	n := int(r.uint())
	funcs := 0
	for i := 0; i < n && r.err == nil; i++ {
		r.name() // module
		r.name() // field
		switch kind := r.byte(); kind {
		case 0: // function: type index
			r.uint()
			funcs++
		case 1: // table: reftype, limits
			r.byte()
			r.limits()
		case 2: // memory: limits
			r.limits()
		case 3: // global: valtype, mutability
			r.byte()
			r.byte()
		case 4: // tag: attribute, type index
			r.byte()
			r.uint()
		default:
			r.err = fmt.Errorf("import kind %d", kind)
		}
	}
	return funcs
}

// readData decodes the data segments. Go's linker writes active segments for
// memory 0 whose offset is an i32.const (or i64.const) expression.
func readData(r *reader) []segment {
	n := int(r.uint())
	var segs []segment
	for i := 0; i < n && r.err == nil; i++ {
		var seg segment
		switch flags := r.uint(); flags {
		case 0, 2:
			if flags == 2 {
				r.uint() // memory index
			}
			switch op := r.byte(); op {
			case 0x41, 0x42: // i32.const, i64.const
				seg.offset = uint64(r.sint())
			default:
				r.err = fmt.Errorf("data segment offset opcode %#x", op)
				return segs
			}
			if end := r.byte(); end != 0x0b {
				r.err = fmt.Errorf("data segment offset expression not ended")
				return segs
			}
		case 1: // passive
		default:
			r.err = fmt.Errorf("data segment flags %d", flags)
			return segs
		}
		size := int(r.uint())
		if r.err == nil && size <= len(r.b)-r.pos {
			seg.bytes = r.b[r.pos : r.pos+size]
		}
		r.pos += size
		segs = append(segs, seg)
	}
	return segs
}

// reader decodes LEB128 numbers and names; the first error sticks.
type reader struct {
	b   []byte
	pos int
	err error
}

func (r *reader) byte() byte {
	if r.err != nil {
		return 0
	}
	if r.pos >= len(r.b) {
		r.err = errFormat
		return 0
	}
	c := r.b[r.pos]
	r.pos++
	return c
}

func (r *reader) uint() uint64 {
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		c := r.byte()
		v |= uint64(c&0x7f) << shift
		if c&0x80 == 0 {
			return v
		}
	}
	r.err = errFormat
	return 0
}

func (r *reader) sint() int64 {
	var v int64
	var shift uint
	for shift < 64 {
		c := r.byte()
		v |= int64(c&0x7f) << shift
		shift += 7
		if c&0x80 == 0 {
			if shift < 64 && c&0x40 != 0 {
				v |= -1 << shift
			}
			return v
		}
	}
	r.err = errFormat
	return 0
}

func (r *reader) name() string {
	n := int(r.uint())
	if r.err != nil || n > len(r.b)-r.pos {
		r.err = errFormat
		return ""
	}
	s := string(r.b[r.pos : r.pos+n])
	r.pos += n
	return s
}

func (r *reader) limits() {
	if flags := r.byte(); flags&1 != 0 {
		r.uint()
		r.uint()
	} else {
		r.uint()
	}
}
