package errata

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestPreferredForm(t *testing.T) {
	cases := []struct {
		accept string
		want   Form
	}{
		{"", FormJSON},
		{"application/json", FormJSON},
		{"application/problem+json", FormProblem},
		{"application/problem+json, application/json", FormJSON},
		{"application/problem+json;q=0.9, application/json;q=0.8", FormProblem},
		{"application/json;q=0.5, application/*;q=0.1, application/problem+json", FormProblem},
		{"*/*, application/problem+json;q=0", FormJSON},
		{"application/problem+json;q=1.5", FormJSON},
		{"application/problem+json;q=0.", FormJSON},
		{`application/problem+json;x="a,b";q=1, application/json;q=0.2`, FormProblem},
		{"APPLICATION/PROBLEM+JSON", FormProblem},
		{"text/html, application/problem+json", FormProblem},
	}
	for _, c := range cases {
		if got := PreferredForm(c.accept); got != c.want {
			t.Errorf("PreferredForm(%q) = %s, want %s", c.accept, got, c.want)
		}
	}
}

func TestNewRefusesFieldsThatDoNotFit(t *testing.T) {
	cases := []struct {
		code   Code
		fields []Field
	}{
		{"no_such_code", nil},
		{CodeOutboundLimitReached, []Field{{"limit", 1}, {"current", 1}}},
		{CodeOutboundLimitReached, []Field{{"limit", -1}, {"current", 1}, {"mode", "total"}}},
		{CodeOutboundLimitReached, []Field{{"limit", 1.5}, {"current", 1}, {"mode", "total"}}},
		{CodeOutboundLimitReached, []Field{{"limit", 1}, {"current", 1}, {"mode", "total"}, {"sender_number", "555"}}},
		{CodeNotFound, []Field{{"bogus", 1}}},
		{CodeNotFound, []Field{{"param", ""}}},
		{CodeNotFound, []Field{{"param", nil}}},
		{CodeNotFound, []Field{{"details", []any{}}}},
		{CodeNotFound, []Field{{"details", []any{Object{{"field", "a"}}}}}},
		{CodeNotFound, []Field{{"doc_url", "https://x"}}},
	}
	for _, c := range cases {
		if _, err := New(c.code, c.fields); err == nil {
			t.Errorf("New(%s, %v) accepted", c.code, c.fields)
		} else {
			var fe *FieldError
			if !errors.As(err, &fe) {
				t.Errorf("error %T", err)
			}
		}
	}
	nest := func(n int) any {
		var v any = "x"
		for i := 0; i < n; i++ {
			v = []any{v}
		}
		return v
	}
	detail := func(extra any) []Field {
		return []Field{{"details", []any{Object{{"field", "a"}, {"message", "b"}, {"extra", extra}}}}}
	}
	if _, err := New(CodeNotFound, detail(nest(30))); err != nil {
		t.Errorf("a value 31 levels deep: %v", err)
	}
	if _, err := New(CodeNotFound, detail(nest(31))); err == nil {
		t.Errorf("a value 32 levels deep was accepted")
	}
	// The caller's value, changed after raising, does not change the body.
	items := []any{Object{{"field", "a"}, {"message", "b"}}}
	raised := MustNew(CodeNotFound, []Field{{"details", items}})
	items[0] = "changed"
	if body := Render(raised, RenderOptions{}).Body; strings.Contains(string(body), "changed") {
		t.Errorf("the body changed with the caller's value: %s", body)
	}
	if _, err := New(CodeNotFound, nil, WithMessage("")); err != nil {
		t.Errorf("an empty option is no override: %v", err)
	}
}

// Anything but a catalogued error, and a per-code error whose fields do not fit, is sent as
// internal_error with the catalogue's message: nothing of the original reaches the wire.
func TestRenderNeverLeaks(t *testing.T) {
	secret := "password=hunter2 at /srv/app/db.go:42"
	for _, err := range []error{
		errors.New(secret),
		fmt.Errorf("wrapped: %w", errors.New(secret)),
		OutboundLimitReached{Limit: 1, Current: 1, Mode: "", Message: secret},
		InsufficientBalance{RequiredAmount: secret, TopupURL: "https://x.example"},
		nil,
	} {
		for _, d := range []Dialect{Standard, RCS, IMessage, SMS, "nonsense"} {
			r := Render(err, RenderOptions{Dialect: d, Accept: "application/problem+json"})
			if strings.Contains(string(r.Body), "hunter2") || r.Code != CodeInternalError || !r.Unexpected || r.Status != 500 {
				t.Errorf("%v in %s: %+v %s", err, d, r, r.Body)
			}
		}
	}
}

func TestRenderWrapsAndTypes(t *testing.T) {
	err := fmt.Errorf("sending: %w", OutboundLimitReached{Limit: 35, Current: 35, Mode: "total"})
	r := Render(err, RenderOptions{RequestID: "bad id"})
	if r.Code != CodeOutboundLimitReached || r.Unexpected || !IsRequestID(r.RequestID) || !r.HasRetryAfter || r.RetryAfter != 3600 {
		t.Errorf("got %+v", r)
	}
	if !strings.Contains(string(r.Body), `"request_id":"`+r.RequestID+`"`) {
		t.Errorf("body %s", r.Body)
	}
	h := r.Header()
	if h.Get("Retry-After") != "3600" || h.Get("Request-Id") != r.RequestID || h.Get("Content-Type") != JSONContentType {
		t.Errorf("headers %v", h)
	}
}

func TestRenderFindsTheCodeBesideACause(t *testing.T) {
	err := fmt.Errorf("%w: %w", DependencyUnavailable{}, errors.New("dial tcp: secret-host:5432"))
	r := Render(err, RenderOptions{})
	if r.Code != CodeDependencyUnavailable || r.Unexpected || strings.Contains(string(r.Body), "secret") {
		t.Errorf("got %+v %s", r, r.Body)
	}
}

// The delay of sandbox_quota_exceeded is the seconds until its reset time, at least 1.
func TestRenderDelayFromResetTime(t *testing.T) {
	clock := func() time.Time { return time.Date(2026, 11, 30, 23, 0, 0, 0, time.UTC) }
	cases := []struct {
		resets string
		want   int64
	}{
		{"2026-12-01T00:00:00Z", 3600},
		{"2026-12-01T00:00:00.5+00:00", 3601},
		{"2026-01-01T00:00:00Z", 1},
	}
	for _, c := range cases {
		r := Render(SandboxQuotaExceeded{ResetsAt: c.resets}, RenderOptions{Now: clock})
		if !r.HasRetryAfter || r.RetryAfter != c.want {
			t.Errorf("%s: %d", c.resets, r.RetryAfter)
		}
		if !strings.Contains(string(r.Body), fmt.Sprintf(`"retry_after":%d`, c.want)) {
			t.Errorf("%s: body %s", c.resets, r.Body)
		}
	}
}

func TestMessageVariants(t *testing.T) {
	cases := []struct {
		err  error
		want string
	}{
		{SpendLimitExceeded{}, "This send would exceed your spend limit."},
		{SpendLimitExceeded{Period: "daily"}, "This send would exceed your daily spend limit."},
		{MissingRequiredParameter{Param: "to"}, "The 'to' field is required."},
		{NotFound{Message: "Gone."}, "Gone."},
	}
	for _, c := range cases {
		if got := c.err.Error(); got != c.want {
			t.Errorf("%T: %q, want %q", c.err, got, c.want)
		}
	}
}

func TestIsRequestID(t *testing.T) {
	for id, want := range map[string]bool{
		"req_a1b2c3d4e5f6": true, "req_a1b2c3d4e5f": false, "req_" + strings.Repeat("a", 128): true,
		"req_" + strings.Repeat("a", 129): false, "req_a1b2c3d4e5f6\n": false, "x": false, NewRequestID(): true,
	} {
		if IsRequestID(id) != want {
			t.Errorf("IsRequestID(%q) != %v", id, want)
		}
	}
}
