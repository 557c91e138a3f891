package charts

import (
	"math"
	"reflect"
)

// finiteOnly replaces every NaN and ±Inf in an option by what ECharts reads
// as a missing value, so that one bad number can never make the option fail
// to encode (encoding/json refuses non-finite floats): a non-finite number
// held in an interface (a data point, a [x, y] pair's coordinate) becomes
// null, which ECharts draws as a gap; a non-finite float field (an axis
// bound) becomes 0, its zero value, which go-echarts' omitempty leaves out.
// It walks obj in place and returns it.
func finiteOnly(obj map[string]any) map[string]any {
	for k, v := range obj {
		obj[k] = finiteValue(v)
	}
	return obj
}

// finiteValue returns v with its non-finite numbers replaced (finiteOnly).
func finiteValue(v any) any {
	if v == nil {
		return nil
	}
	rv := reflect.ValueOf(v)
	if isNonFinite(rv) {
		return nil
	}
	c := reflect.New(rv.Type()).Elem()
	c.Set(rv)
	walkFinite(c, 0)
	return c.Interface()
}

// maxDepth bounds the walk, against cycles through pointers.
const maxDepth = 64

func isNonFinite(v reflect.Value) bool {
	k := v.Kind()
	return (k == reflect.Float64 || k == reflect.Float32) && (math.IsNaN(v.Float()) || math.IsInf(v.Float(), 0))
}

// walkFinite fixes the settable value v and everything it reaches.
func walkFinite(v reflect.Value, depth int) {
	if depth > maxDepth {
		return
	}
	switch v.Kind() {
	case reflect.Float32, reflect.Float64:
		if isNonFinite(v) && v.CanSet() {
			v.SetFloat(0)
		}
	case reflect.Interface:
		if v.IsNil() || !v.CanSet() {
			return
		}
		e := v.Elem()
		if isNonFinite(e) {
			v.Set(reflect.Zero(v.Type()))
			return
		}
		c := reflect.New(e.Type()).Elem()
		c.Set(e)
		walkFinite(c, depth+1)
		v.Set(c)
	case reflect.Pointer:
		if !v.IsNil() {
			walkFinite(v.Elem(), depth+1)
		}
	case reflect.Struct:
		t := v.Type()
		for i := range v.NumField() {
			if t.Field(i).IsExported() {
				walkFinite(v.Field(i), depth+1)
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			walkFinite(v.Index(i), depth+1)
		}
	case reflect.Array:
		if v.CanSet() {
			for i := range v.Len() {
				walkFinite(v.Index(i), depth+1)
			}
		}
	case reflect.Map:
		if v.IsNil() {
			return
		}
		iter := v.MapRange()
		for iter.Next() {
			e := iter.Value()
			if isNonFinite(e) && e.Kind() != reflect.Interface {
				v.SetMapIndex(iter.Key(), reflect.Zero(e.Type()))
				continue
			}
			c := reflect.New(e.Type()).Elem()
			c.Set(e)
			walkFinite(c, depth+1)
			v.SetMapIndex(iter.Key(), c)
		}
	}
}
