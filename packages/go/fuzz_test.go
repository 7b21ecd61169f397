package errata

import (
	"net/http"
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
