package errata

import (
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"
)

var now = time.Date(2026, 9, 21, 14, 13, 20, 0, time.UTC)

func TestReadTransportReasons(t *testing.T) {
	big := "{\"error\":\"" + strings.Repeat("x", reading.MaxBytes) + "\"}"
	deep := strings.Repeat("[", reading.MaxDepth+1) + strings.Repeat("]", reading.MaxDepth+1)
	cases := []struct {
		name   string
		body   []byte
		reason Reason
	}{
		{"no body", nil, ReasonEmpty},
		{"empty", []byte(""), ReasonEmpty},
		{"blank", []byte(" \n\u00a0"), ReasonEmpty},
		{"html", []byte("<html>bad gateway</html>"), ReasonNotJSON},
		{"truncated", []byte(`{"error":{"type":"api_error"`), ReasonNotJSON},
		{"array", []byte(`[1]`), ReasonNotJSON},
		{"no error member", []byte(`{"message":"m"}`), ReasonNotErrorBody},
		{"null error", []byte(`{"error":null}`), ReasonNotErrorBody},
		{"code not a code", []byte(`{"error":{"code":"Bad Code","message":"m"}}`), ReasonNotErrorBody},
		{"no message", []byte(`{"error":{"code":"x"}}`), ReasonNotErrorBody},
		{"too large", []byte(big), ReasonTooLarge},
		{"too deep", []byte(`{"error":{"code":"internal_error","type":"api_error","message":"m","x":` + deep + `}}`), ReasonNotErrorBody},
		{"iMessage without status", []byte(`{"error":"ApiError","message":"m","code":"x"}`), ReasonNotErrorBody},
		{"iMessage generic of unknown status", []byte(`{"error":"ApiError","message":"m","status":418}`), ReasonNotErrorBody},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Read(502, http.Header{"Request-Id": {"req_abcdefghijkl"}, "Retry-After": {"30"}}, c.body, nil)
			if r.Reason != c.reason || r.Known || r.Code != "" || r.Dialect != "" {
				t.Fatalf("got %+v, want reason %s", r, c.reason)
			}
			if r.Type != TypeAPIError || !r.HasRequestID || r.RequestID != "req_abcdefghijkl" || r.RetryAfter != 30 {
				t.Errorf("meta %+v", r)
			}
			var te *TransportError
			if !errors.As(r.Err(), &te) {
				t.Errorf("Err() = %T", r.Err())
			}
		})
	}
}

func TestReadDialects(t *testing.T) {
	cases := []struct {
		name    string
		status  int
		body    string
		code    Code
		dialect Dialect
		known   bool
	}{
		{"standard", 429, `{"error":{"type":"rate_limit_error","code":"throttled","message":"m","retry_after":3},"request_id":"req_abcdefghijkl"}`, CodeThrottled, Standard, true},
		{"standard wrong type", 429, `{"error":{"type":"api_error","code":"throttled","message":"m"}}`, CodeThrottled, Standard, false},
		{"standard field misfit", 429, `{"error":{"type":"rate_limit_error","code":"throttled","message":"m","retry_after":-1}}`, CodeThrottled, Standard, false},
		{"newer code", 400, `{"error":{"type":"invalid_request_error","code":"brand_new","message":"m"}}`, "brand_new", Standard, false},
		{"problem", 404, `{"type":"https://errata.dev/docs/errors#not_found","title":"Not found","status":404,"detail":"Resource not found.","code":"not_found"}`, CodeNotFound, Standard, true},
		{"rcs", 403, `{"error":"policy_violation","message":"m"}`, CodePolicyViolation, RCS, true},
		{"sms", 403, `{"message":"m","error":"spend_limit_exceeded","period":"daily"}`, CodeSpendLimitExceeded, SMS, true},
		{"rcs by details", 404, `{"message":"m","error":"not_found","details":[{"field":"a","message":"b"}]}`, CodeNotFound, RCS, true},
		{"sms by order", 404, `{"message":"m","error":"not_found"}`, CodeNotFound, SMS, true},
		{"imessage", 429, `{"error":"ApiError","message":"m","status":429,"code":"outbound_limit_reached","limit":3,"current":3,"mode":"total"}`, CodeOutboundLimitReached, IMessage, true},
		{"imessage generic", 0, `{"error":"ApiError","message":"Resource not found.","status":404}`, CodeNotFound, IMessage, true},
		{"imessage generic, other words", 400, `{"error":"ApiError","message":"Bad.","status":400,"code":null}`, CodeValidationFailed, IMessage, true},
		{"byte-order mark", 404, "\ufeff\ufeff{\"message\":\"m\",\"error\":\"not_found\"}", CodeNotFound, SMS, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := Read(c.status, nil, []byte(c.body), nil)
			if r.Reason != "" || r.Code != c.code || r.Dialect != c.dialect || r.Known != c.known {
				t.Fatalf("got %+v", r)
			}
			if c.status == 0 && r.Status == 0 {
				t.Errorf("the body's status should stand in for none")
			}
		})
	}
}

// A body's members never overwrite the result's own, and unsafe names never become members.
func TestReadKeepsTheResultsOwnMembers(t *testing.T) {
	body := `{"error":{"type":"api_error","code":"internal_error","message":"m","reason":"timeout","known":true,` +
		`"status":1,"dialect":"x","constructor":1,"prototype":2,"__proto__":3,"nested":{"constructor":4,"__proto__":5}},"request_id":7}`
	r := Read(500, http.Header{"X-Request-Id": {"req_fromheader1"}}, []byte(body), nil)
	if r.Reason != "" || r.Status != 500 || r.Dialect != Standard || r.RequestID != "req_fromheader1" {
		t.Fatalf("got %+v", r)
	}
	for _, name := range []string{"reason", "known", "status", "dialect", "constructor", "prototype", "__proto__"} {
		if _, ok := r.Member(name); ok {
			t.Errorf("member %s copied", name)
		}
	}
	nested, _ := r.Member("nested")
	if got := string(AppendJSON(nil, nested)); got != `{"constructor":4}` {
		t.Errorf("nested = %s", got)
	}
}

// A repeated header is read as fetch reads it, its values joined: two delays are none.
func TestRepeatedHeaders(t *testing.T) {
	r := Read(503, http.Header{"Retry-After": {"5", "6"}, "Request-Id": {"req_a", "req_b"}}, nil, nil)
	if r.HasRetryAfter || r.RequestID != "req_a, req_b" {
		t.Errorf("got %+v", r)
	}
	r = Read(503, http.Header{"retry-after": {"7"}}, nil, nil)
	if !r.HasRetryAfter || r.RetryAfter != 7 {
		t.Errorf("a header set without its canonical name: %+v", r)
	}
}

func TestRetryAfterSeconds(t *testing.T) {
	cases := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"120", 120, true}, {" 7\t", 7, true}, {"007", 7, true}, {"-1", 0, false}, {"5.5", 0, false},
		{"5, 6", 0, false}, {"99999999999999999999", 0, false}, {"", 0, false},
		{"Mon, 21 Sep 2026 14:14:20 GMT", 60, true},
		{"Mon, 21 Sep 2026 14:13:19 GMT", 0, true},
		{"Monday, 21-Sep-26 14:15:20 GMT", 120, true},
		{"Mon Sep 21 14:13:21 2026", 1, true},
		{"Mon Sep  1 14:13:21 2026", 0, true},
		{"Tue, 31 Feb 2026 07:28:00 GMT", 0, false},
		{"Mon, 21 Sep 2026 24:00:00 GMT", 0, false},
		{"Mon, 21 Sep 2026 14:13:60 GMT", 39, true},
		{"Mon, 21 sep 2026 14:14:20 GMT", 0, false},
		{"Mon, 21 Sep 2026 14:14:20 UTC", 0, false},
	}
	for _, c := range cases {
		got, ok := RetryAfterSeconds(c.in, now)
		if ok != c.ok || got != c.want {
			t.Errorf("RetryAfterSeconds(%q) = %d, %v; want %d, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestParseGivesTypedErrors(t *testing.T) {
	body := []byte(`{"error":"ApiError","message":"m","status":429,"code":"outbound_limit_reached","limit":35,"current":35,"mode":"per_number","sender_number":"+15555550123"}`)
	err := Parse(429, http.Header{"Retry-After": {"3600"}}, body)
	var limit OutboundLimitReached
	if !errors.As(err, &limit) {
		t.Fatalf("Parse = %T", err)
	}
	if limit.Limit != 35 || limit.Current != 35 || limit.Mode != "per_number" || limit.SenderNumber != "+15555550123" ||
		limit.RetryAfter == nil || *limit.RetryAfter != 3600 || limit.Received.Dialect != IMessage {
		t.Errorf("got %+v", limit)
	}
	switch e := Parse(500, nil, []byte(`{"error":{"type":"api_error","code":"brand_new","message":"m"}}`)).(type) {
	case *UnknownError:
		if e.Code != "brand_new" {
			t.Errorf("code %s", e.Code)
		}
	default:
		t.Errorf("unknown code parsed as %T", e)
	}
}

func TestReadResponseIsBounded(t *testing.T) {
	resp := &http.Response{StatusCode: 503, Header: http.Header{}, Body: nopCloser{strings.NewReader(strings.Repeat(" ", reading.MaxBytes+10))}, ContentLength: -1}
	if r := ReadResponse(resp, nil); r.Reason != ReasonTooLarge {
		t.Errorf("got %+v", r)
	}
	resp = &http.Response{StatusCode: 503, Header: http.Header{}, Body: nopCloser{strings.NewReader("")}, ContentLength: int64(reading.MaxBytes) + 1}
	if r := ReadResponse(resp, nil); r.Reason != ReasonTooLarge {
		t.Errorf("by length: got %+v", r)
	}
}

type nopCloser struct{ *strings.Reader }

func (nopCloser) Close() error { return nil }

// slowBody sends nothing until it is closed.
type slowBody struct{ closed chan struct{} }

func (b slowBody) Read([]byte) (int, error) {
	<-b.closed
	return 0, errors.New("read on closed body")
}

func (b slowBody) Close() error {
	select {
	case <-b.closed:
	default:
		close(b.closed)
	}
	return nil
}

func TestReadResponseTimesOut(t *testing.T) {
	resp := &http.Response{StatusCode: 504, Header: http.Header{}, Body: slowBody{make(chan struct{})}, ContentLength: -1}
	start := time.Now()
	r := ReadResponse(resp, &ReadOptions{Timeout: 50 * time.Millisecond})
	if r.Reason != ReasonTimeout || time.Since(start) > 5*time.Second {
		t.Errorf("got %+v after %v", r, time.Since(start))
	}
}
