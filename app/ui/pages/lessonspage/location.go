package lessonspage

import (
	"net/url"
	"strconv"

	"reachlab/app/cases"
)

// location is where the page is: a lesson (nil for the list), a step of it
// (0-based) and whether it is presented full screen. It lives in the URL,
// so a reload, a link or the back button come back to it.
type location struct {
	lesson  *cases.Lesson
	step    int
	present bool
	// unknown: the URL names a lesson that does not exist.
	unknown bool
}

// The URL query parameters of a location.
const (
	paramLesson  = "lesson"
	paramStep    = "step"
	paramPresent = "present"
)

// locationFrom reads a location from a URL query. A step out of range is
// brought back into the lesson.
func locationFrom(q url.Values) location {
	id := q.Get(paramLesson)
	if id == "" {
		return location{}
	}
	ls, ok := cases.LessonByID(id)
	if !ok {
		return location{unknown: true}
	}
	step, _ := strconv.Atoi(q.Get(paramStep))
	step = min(max(step, 1), len(ls.Steps)) - 1
	return location{lesson: &ls, step: step, present: q.Get(paramPresent) == "1"}
}

// query writes the location as a URL query.
func (loc location) query() url.Values {
	q := url.Values{}
	if loc.lesson == nil {
		return q
	}
	q.Set(paramLesson, loc.lesson.ID)
	q.Set(paramStep, strconv.Itoa(loc.step+1))
	if loc.present {
		q.Set(paramPresent, "1")
	}
	return q
}

// next is the following step, or the first step of the next lesson after a
// lesson's last one; ok is false at the very end.
func (loc location) next() (location, bool) {
	if loc.lesson == nil {
		return loc, false
	}
	if loc.step+1 < len(loc.lesson.Steps) {
		loc.step++
		return loc, true
	}
	all := cases.Lessons()
	for i := range all {
		if all[i].ID == loc.lesson.ID && i+1 < len(all) {
			return location{lesson: &all[i+1], present: loc.present}, true
		}
	}
	return loc, false
}

// previous is the step before, or the last step of the lesson before.
func (loc location) previous() (location, bool) {
	if loc.lesson == nil {
		return loc, false
	}
	if loc.step > 0 {
		loc.step--
		return loc, true
	}
	all := cases.Lessons()
	for i := range all {
		if all[i].ID == loc.lesson.ID && i > 0 {
			return location{lesson: &all[i-1], step: len(all[i-1].Steps) - 1, present: loc.present}, true
		}
	}
	return loc, false
}

// last reports whether the location is a lesson's last step.
func (loc location) last() bool {
	return loc.lesson != nil && loc.step == len(loc.lesson.Steps)-1
}
