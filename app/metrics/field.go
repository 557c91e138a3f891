package metrics

import (
	"strings"

	"reachlab/app/data/roles"
)

// Field is a column of the input a metric can use. The numeric fields come
// first (Reach to AudienceShare); Kind and Date describe the message, and
// MessageCount says how many messages a row stands for.
//
// Each field reads the columns of one role of reachlab/app/data/roles (its
// Role), so a mapped column converts with FieldOf.
type Field uint8

// The fields, in the order of Message's numeric fields.
const (
	FieldReach         Field = iota // distinct people reached
	FieldImpressions                // impressions or views (times shown)
	FieldFollowers                  // followers, fans, subscribers of the channel
	FieldReactions                  // likes and other reactions
	FieldComments                   // comments from the audience
	FieldShares                     // shares, reposts, retweets
	FieldClicks                     // link and content clicks
	FieldSaves                      // saves and bookmarks
	FieldReplies                    // answers the brand gave to comments
	FieldCost                       // spend for the message
	FieldAudienceShare              // audience share, percent of the total audience
	FieldKind                       // the medium kind (mass, social, ...)
	FieldDate                       // publication date
	FieldMessageCount               // messages the row stands for (Message.Count): a weight, 1 when absent

	numFields  = iota             // number of fields
	numNumeric = int(FieldKind)   // number of numeric fields, Reach to AudienceShare
	needInter  = Field(numFields) // stands for "interactions", a sum of columns, where a Field is expected
)

// fieldRoles holds the column role each field reads.
var fieldRoles = [numFields]roles.Role{
	roles.Reach, roles.Impressions, roles.Followers, roles.Reactions, roles.Comments, roles.Shares,
	roles.Clicks, roles.Saves, roles.Replies, roles.Cost, roles.Share, roles.Kind, roles.Date, roles.MessageCount,
}

// interactionParts are the fields summed into interactions: those whose
// role counts an audience interaction (roles.Role.Interaction).
var interactionParts = func() []Field {
	var out []Field
	for f, r := range fieldRoles {
		if r.Interaction() {
			out = append(out, Field(f))
		}
	}
	return out
}()

// Role returns the column role the field reads, such as roles.Reach.
func (f Field) Role() roles.Role {
	if f >= numFields {
		return roles.None
	}
	return fieldRoles[f]
}

// String returns f.Role().
func (f Field) String() string { return string(f.Role()) }

// MarshalText encodes the field as its role name.
func (f Field) MarshalText() ([]byte, error) { return []byte(f.Role()), nil }

// FieldOf returns the field that reads columns of role r. It reports false
// for roles that carry no measure the metrics use (channel, message, text)
// and for None.
func FieldOf(r roles.Role) (Field, bool) {
	for f, fr := range fieldRoles {
		if fr == r && r != roles.None {
			return Field(f), true
		}
	}
	return 0, false
}

// Fields is a set of fields: the columns present in a dataset, or the parts
// summed into interactions.
type Fields uint16

// FieldsOf returns the set holding fs.
func FieldsOf(fs ...Field) Fields {
	var s Fields
	for _, f := range fs {
		s = s.With(f)
	}
	return s
}

// With returns s plus f.
func (s Fields) With(f Field) Fields {
	if f >= numFields {
		return s
	}
	return s | 1<<f
}

// Has reports whether f is in s.
func (s Fields) Has(f Field) bool { return f < numFields && s&(1<<f) != 0 }

// List returns the fields of s in Field order.
func (s Fields) List() []Field {
	var out []Field
	for f := range Field(numFields) {
		if s.Has(f) {
			out = append(out, f)
		}
	}
	return out
}

// MarshalText encodes the set as its role names joined by "+", such as
// "reactions+comments".
func (s Fields) MarshalText() ([]byte, error) {
	names := make([]string, 0, numFields)
	for _, f := range s.List() {
		names = append(names, string(f.Role()))
	}
	return []byte(strings.Join(names, "+")), nil
}

// FieldCounts counts cells per field, indexed by Field: the known values of a
// group of messages, or the invalid cells of a dataset.
type FieldCounts [numFields]int

// InferFields returns the fields that have at least one usable value in msgs:
// a numeric field with a finite value ≥ 0, Kind with a non-blank kind, Date
// with a date in years 1 to 9999, MessageCount with a valid count (see
// Message.Count). Use it when the caller does not know which
// columns the data had; prefer stating Input.Present explicitly, because a
// column whose every cell is blank is still a column.
func InferFields(msgs []Message) Fields {
	var s Fields
	for i := range msgs {
		m := &msgs[i]
		for f := range Field(numNumeric) {
			if usable(m.value(f)) {
				s = s.With(f)
			}
		}
		if strings.TrimSpace(m.Kind) != "" {
			s = s.With(FieldKind)
		}
		if validDate(m.Date) {
			s = s.With(FieldDate)
		}
		if validCount(m.Count) {
			s = s.With(FieldMessageCount)
		}
	}
	return s
}
