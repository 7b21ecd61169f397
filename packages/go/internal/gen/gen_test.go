package gen

import (
	"regexp"
	"strings"
	"testing"
)

// ECMAScript semantics the translation must keep: Unicode \s and \S, `.` without any line
// terminator, `$` only at the very end, ASCII \d.
func TestTranslatePattern(t *testing.T) {
	cases := []struct {
		pattern string
		match   []string
		miss    []string
	}{
		{`^https?:\/\/\S+$`, []string{"https://a.example/x", "http://é"}, []string{"https://a b", "https://a\u00a0b", "https://a\u2028", "https://a\n", "https://a\ufeff", "ftp://a"}},
		{`^\s$`, []string{" ", "\u00a0", "\u2029", "\ufeff", "\v", "\u3000"}, []string{"a", "\u200b"}},
		{`^a.b$`, []string{"axb", "aéb"}, []string{"a\nb", "a\rb", "a\u2028b", "a\u2029b"}},
		{`^[0-9]+(\.[0-9]+)?$`, []string{"12.50", "0"}, []string{"12.", "12.5\n", "١٢"}},
		{`^\d{2}$`, []string{"12"}, []string{"١٢"}},
		{`^[\s,]+$`, []string{" ,\u00a0"}, []string{"a"}},
	}
	for _, c := range cases {
		translated, err := TranslatePattern(c.pattern)
		if err != nil {
			t.Fatalf("%s: %v", c.pattern, err)
		}
		re := regexp.MustCompile(translated)
		for _, s := range c.match {
			if !re.MatchString(s) {
				t.Errorf("%s (%s) misses %q", c.pattern, translated, s)
			}
		}
		for _, s := range c.miss {
			if re.MatchString(s) {
				t.Errorf("%s (%s) matches %q", c.pattern, translated, s)
			}
		}
	}
	for _, unsupported := range []string{`(?=a)`, `(a)\1`, `[]`, `a\`, `[\S]`, `[a`} {
		if _, err := TranslatePattern(unsupported); err == nil {
			t.Errorf("%s translated", unsupported)
		}
	}
}

func TestGoName(t *testing.T) {
	for in, want := range map[string]string{
		"missing_api_key": "MissingAPIKey", "ip_not_allowed": "IPNotAllowed", "topup_url": "TopupURL",
		"allocation_id": "AllocationID", "outbound_limit_reached": "OutboundLimitReached",
	} {
		if got := GoName(in); got != want {
			t.Errorf("GoName(%s) = %s, want %s", in, got, want)
		}
	}
}

// A catalogue the generator cannot represent faithfully stops it, rather than yield loose code.
func TestGenerateRefuses(t *testing.T) {
	base := `{"version":"1.0.0","types":{"api_error":{"status":500,"retry":"backoff","title":"API error"}},` +
		`"dialects":{"standard":{"code":"error.code","fields":"error","members":["error","request_id"]}},` +
		`"reading":{"max_bytes":262144,"max_depth":64,"code_pattern":"^[a-z][a-z0-9_]*$","request_id_pattern":"^req_[A-Za-z0-9]{12,128}$"},` +
		`"errors":[%s]}`
	entry := func(code, checks string) string {
		return `{"code":"` + code + `","type":"api_error","status":500,"title":"T","retry":"backoff","message":"m","doc_url":"https://x","fields":{"f":{}},"required":[],"checks":[` + checks + `]}`
	}
	good := strings.Replace(base, "%s", entry("internal_error", `{"message":"s","f":"?i"}`), 1)
	if _, err := Generate([]byte(good)); err != nil {
		t.Fatalf("a plain catalogue: %v", err)
	}
	for name, errs := range map[string]string{
		"unknown rule":        entry("internal_error", `{"message":"s","f":"?x"}`),
		"lookahead":           entry("internal_error", `{"message":"s","f":"/(?=a)"}`),
		"same Go name":        entry("a_b", `{"message":"s"}`) + "," + entry("ab", `{"message":"s"}`) + "," + entry("a__b", `{"message":"s"}`),
		"clashing field name": strings.Replace(entry("internal_error", `{"message":"s","status":"?s"}`), `"f":{}`, `"status":{}`, 1),
	} {
		if _, err := Generate([]byte(strings.Replace(base, "%s", errs, 1))); err == nil {
			t.Errorf("%s: generated", name)
		}
	}
}
