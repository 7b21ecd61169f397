package errata

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

// FuzzParse: Parse never panics, and what it answers is consistent, on any bytes. Run longer with
// `go test -run '^$' -fuzz FuzzParse -fuzztime 5m .` in packages/go.
func FuzzParse(f *testing.F) {
	seeds := []string{
		`{"error":{"type":"rate_limit_error","code":"outbound_limit_reached","message":"m","limit":1,"current":1,"mode":"total"},"request_id":"req_a1b2c3d4e5f6"}`,
		`{"error":"ApiError","message":"Resource not found.","status":404}`,
		`{"message":"m","error":"spend_limit_exceeded","period":"daily"}`,
		`{"error":"not_found","message":"m","details":[{"field":"a","message":"b"}]}`,
		`{"type":"https://x","detail":"d","code":"not_found","status":404}`,
		"\ufeff{\"error\":{}}", `{"a":[[[[[[[[]]]]]]]]}`, "<html>", "", `{"__proto__":{"error":"x"}}`,
		`{"error":{"code":"a","message":"\ud800","x":1e400}}`,
	}
	for _, s := range seeds {
		f.Add(429, "30", s)
	}
	f.Fuzz(func(t *testing.T, status int, retryAfter string, body string) {
		h := http.Header{"Retry-After": {retryAfter}}
		for _, r := range []*Result{Read(status, h, []byte(body), nil), ReadText(status, h, body, nil)} {
			if r.Transport() {
				if r.Code != "" || r.Known || r.Dialect != "" {
					t.Fatalf("transport result with a code: %+v", r)
				}
			} else {
				if r.Code == "" || r.Dialect == "" {
					t.Fatalf("error result without a code: %+v", r)
				}
				if r.Known && Lookup(r.Code) == nil {
					t.Fatalf("known but not catalogued: %+v", r)
				}
			}
			if r.HasRetryAfter && r.RetryAfter < 0 {
				t.Fatalf("negative delay: %+v", r)
			}
			for _, m := range r.Members {
				if resultOwn(m.Name) {
					t.Fatalf("member %s copied: %+v", m.Name, r)
				}
			}
			_ = r.Err().Error()
			_ = Decide(r, 1, nil)
		}
	})
}

// FuzzRender: whatever a field, message or request header holds, Render never panics, writes
// JSON, and never lets a refused error's text through.
func FuzzRender(f *testing.F) {
	f.Add("to", "A message.", "req_a1b2c3d4e5f6", "application/problem+json", 0)
	f.Add("\x00\ufeff\u2028", "", "", "*/*;q=0.5", 2)
	f.Fuzz(func(t *testing.T, param, message, requestID, accept string, dialect int) {
		dialects := []Dialect{Standard, RCS, IMessage, SMS}
		d := dialects[(dialect%4+4)%4]
		var err error = NotFound{Param: param, Message: message}
		out := Render(err, RenderOptions{Dialect: d, RequestID: requestID, Accept: accept})
		if !json.Valid(out.Body) {
			t.Fatalf("not JSON: %q", out.Body)
		}
		if out.Unexpected != (out.Code == CodeInternalError) {
			t.Fatalf("unexpected %v but sent as %s", out.Unexpected, out.Code)
		}
		if out.Unexpected && strings.Contains(string(out.Body), `"param"`) {
			t.Fatalf("a refused error's fields reached the wire: %s", out.Body)
		}
		if !IsRequestID(out.RequestID) {
			t.Fatalf("request ID %q", out.RequestID)
		}
	})
}
