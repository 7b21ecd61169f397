package errata

import (
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// randomText draws strings rich in what JSON writers get wrong: quotes, backslashes, control
// characters, <>&, U+2028/U+2029, non-ASCII and emoji.
func randomText(r *rand.Rand) string {
	pieces := []string{"a", "Z", "0", " ", "\"", "\\", "/", "\n", "\t", "\x00", "\x1f", "\x7f", "<", ">", "&",
		"\u2028", "\u2029", "é", "ß", "中", "😀", "\ufeff", "{x}", "'", "\u00a0"}
	var b strings.Builder
	for n := 1 + r.IntN(12); n > 0; n-- {
		b.WriteString(pieces[r.IntN(len(pieces))])
	}
	return b.String()
}

// Property: whatever the text of a field, every dialect's body is JSON that encoding/json reads
// back to the same text, and Parse reads back the same code, field and message.
func TestPropertyRenderReadsBack(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 2000; i++ {
		param, message := randomText(r), randomText(r)
		fields := []Field{{"param", param}, {"details", []any{Object{{"field", randomText(r)}, {"message", randomText(r)}}}}}
		var options []Option
		if r.IntN(2) == 0 {
			options = append(options, WithMessage(message))
		}
		e, err := New(CodeConflict, fields, options...)
		if err != nil {
			t.Fatalf("New: %v", err)
		}
		for _, d := range []Dialect{Standard, RCS, IMessage} {
			out := Render(e, RenderOptions{Dialect: d, RequestID: "req_a1b2c3d4e5f6"})
			if !utf8.Valid(out.Body) || !json.Valid(out.Body) {
				t.Fatalf("%s: not JSON: %q", d, out.Body)
			}
			var decoded map[string]any
			if err := json.Unmarshal(out.Body, &decoded); err != nil {
				t.Fatal(err)
			}
			members := decoded
			if d == Standard {
				members = decoded["error"].(map[string]any)
			}
			if members["param"] != param || members["message"] != e.Error() {
				t.Fatalf("%s: encoding/json read %q / %q from %s", d, members["param"], members["message"], out.Body)
			}
			res := Read(out.Status, out.Header(), out.Body, nil)
			got, _ := res.Member("param")
			if res.Code != CodeConflict || !res.Known || got != param || res.Message != e.Error() {
				t.Fatalf("%s: read back %+v", d, res)
			}
		}
	}
}

// Property: any JSON text encoding/json accepts, this reader accepts too, and to the same value.
func TestPropertyJSONAgreesWithEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var value func(depth int) any
	value = func(depth int) any {
		switch k := r.IntN(7); {
		case k == 0 || depth > 3:
			return randomText(r)
		case k == 1:
			return r.NormFloat64() * 1e6
		case k == 2:
			return nil
		case k == 3:
			return r.IntN(2) == 0
		case k == 4:
			items := make([]any, r.IntN(4))
			for i := range items {
				items[i] = value(depth + 1)
			}
			return items
		default:
			m := map[string]any{}
			for n := r.IntN(4); n > 0; n-- {
				m[randomText(r)] = value(depth + 1)
			}
			return m
		}
	}
	for i := 0; i < 2000; i++ {
		want := value(0)
		text, err := json.Marshal(want)
		if err != nil {
			t.Fatal(err)
		}
		got, err := DecodeJSON(string(text))
		if err != nil {
			t.Fatalf("%s: %v", text, err)
		}
		// Written back by this writer, read by encoding/json: the same value.
		var again any
		if err := json.Unmarshal(AppendJSON(nil, got), &again); err != nil {
			t.Fatalf("%s: %v", AppendJSON(nil, got), err)
		}
		a, _ := json.Marshal(again)
		if string(a) != string(text) {
			t.Fatalf("round trip:\n%s\n%s", text, a)
		}
	}
}
