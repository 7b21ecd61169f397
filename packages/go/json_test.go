package errata

import (
	"math"
	"strings"
	"testing"
)

// JavaScript's Number.prototype.toString, from the ECMAScript specification's algorithm.
func TestAppendNumberWritesAsJavaScript(t *testing.T) {
	tenth, fifth := 0.1, 0.2
	cases := []struct {
		in   float64
		want string
	}{
		{0, "0"}, {math.Copysign(0, -1), "0"}, {35, "35"}, {-7, "-7"}, {3.5, "3.5"},
		{9007199254740991, "9007199254740991"}, {9007199254740992, "9007199254740992"},
		{1e20, "100000000000000000000"}, {9007199254740991000, "9007199254740991000"},
		{9223372036854775808, "9223372036854776000"}, {123456789012345680000, "123456789012345680000"}, {1e21, "1e+21"}, {1.5e21, "1.5e+21"},
		{0.000001, "0.000001"}, {1e-7, "1e-7"}, {1.5e-7, "1.5e-7"}, {123.456, "123.456"},
		{tenth + fifth, "0.30000000000000004"}, {-1e-7, "-1e-7"}, {5e-324, "5e-324"},
		{1.7976931348623157e308, "1.7976931348623157e+308"},
		{math.Inf(1), "null"}, {math.NaN(), "null"},
	}
	for _, c := range cases {
		if got := string(appendNumber(nil, c.in)); got != c.want {
			t.Errorf("appendNumber(%v) = %s, want %s", c.in, got, c.want)
		}
	}
}

// JSON.stringify escapes only ", \ and U+0000..U+001F (and lone surrogates).
func TestAppendStringEscapesAsJSONStringify(t *testing.T) {
	cases := []struct{ in, want string }{
		{"plain", `"plain"`},
		{"<a>&b", `"<a>&b"`},
		{"\u2028\u2029", "\"\u2028\u2029\""},
		{"é😀", `"é😀"`},
		{"\"\\/", `"\"\\/"`},
		{"\b\f\n\r\t", `"\b\f\n\r\t"`},
		{"\x00\x01\x1f\x7f", `"\u0000\u0001\u001f` + "\x7f\""},
		{"\xed\xa0\x80", `"\ud800"`},
		{"a\xffb", "\"a\uFFFDb\""},
	}
	for _, c := range cases {
		if got := string(appendString(nil, c.in)); got != c.want {
			t.Errorf("appendString(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestParseJSONIsStrict(t *testing.T) {
	bad := []string{"", "{", `{"a":}`, `{"a":1,}`, `[1,]`, "01", "1.", ".5", "-", "+1", "1e", `"\x"`, "\"a\x01\"", "tru", "nul", `{"a" 1}`, `{'a':1}`, "\ufeff{}", "{} x", "NaN", `"\u12"`}
	for _, text := range bad {
		if _, _, err := parseJSON(text, 64); err == nil {
			t.Errorf("parseJSON(%q) accepted", text)
		}
	}
	good := map[string]string{
		`{"a":1,"a":2,"b":[]}`:                               `{"a":2,"b":[]}`,
		` {"__proto__":{"x":1},"c":{"__proto__":1,"d":-0}} `: `{"c":{"d":0}}`,
		`{"2":1,"1":2,"x":3}`:                                `{"1":2,"2":1,"x":3}`,
		`[1e400,-1e400,1E2,3.5e1]`:                           `[null,null,100,35]`,
		`"\ud83d\ude00\ud800x\/"`:                            "\"😀\\ud800x/\"",
		`{"k":"\u00e9\u2028"}`:                               "{\"k\":\"é\u2028\"}",
	}
	for text, want := range good {
		v, _, err := parseJSON(text, 64)
		if err != nil {
			t.Errorf("parseJSON(%q): %v", text, err)
			continue
		}
		if got := string(appendJSON(nil, v)); got != want {
			t.Errorf("parseJSON(%q) wrote %s, want %s", text, got, want)
		}
	}
}

func TestParseJSONDepth(t *testing.T) {
	nest := func(n int) string { return strings.Repeat("[", n) + strings.Repeat("]", n) }
	for _, c := range []struct {
		text    string
		tooDeep bool
		syntax  bool
	}{
		{"{\"a\":" + nest(64) + "}", false, false},
		{"{\"a\":" + nest(65) + "}", true, false},
		{nest(100000), true, false},
		{"{\"a\":" + nest(70) + ",}", false, true},
		{"{\"a\":" + strings.Repeat(`{"b":`, 70) + "1" + strings.Repeat("}", 70) + "}", true, false},
	} {
		_, tooDeep, err := parseJSON(c.text, 64)
		if (err != nil) != c.syntax || (err == nil && tooDeep != c.tooDeep) {
			t.Errorf("%.40s...: tooDeep %v, err %v", c.text, tooDeep, err)
		}
	}
}

// The WHATWG decoder (TextDecoder): each maximal ill-formed subsequence is one U+FFFD.
func TestDecodeUTF8ReplacesAsTextDecoder(t *testing.T) {
	cases := []struct {
		in   []byte
		want string
	}{
		{[]byte("\xef\xbb\xbfabc"), "abc"},
		{[]byte("a\xffb"), "a\uFFFDb"},
		{[]byte("\xe2\x82A"), "\uFFFDA"},
		{[]byte("\xf0\x9f\x98"), "\uFFFD"},
		{[]byte("\xed\xa0\x80"), "\uFFFD\uFFFD\uFFFD"},
		{[]byte("\xc0\xaf"), "\uFFFD\uFFFD"},
		{[]byte("\xf4\x90\x80\x80"), "\uFFFD\uFFFD\uFFFD\uFFFD"},
		{[]byte("é😀"), "é😀"},
	}
	for _, c := range cases {
		if got := decodeUTF8(c.in); got != c.want {
			t.Errorf("decodeUTF8(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
