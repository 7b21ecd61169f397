package errata

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestWriteError(t *testing.T) {
	cases := []struct {
		name        string
		err         error
		accept      string
		dialect     Dialect
		status      int
		contentType string
		retryAfter  string
		code        Code
	}{
		{"typed", Throttled{}, "", Standard, 429, JSONContentType, "1", CodeThrottled},
		{"problem", NotFound{}, "application/problem+json", Standard, 404, ProblemContentType, "", CodeNotFound},
		{"legacy", OutboundLimitReached{Limit: 1, Current: 1, Mode: "total"}, "", IMessage, 429, JSONContentType, "3600", CodeOutboundLimitReached},
		{"plain error", errors.New("boom"), "", Standard, 500, JSONContentType, "", CodeInternalError},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := httptest.NewRecorder()
			r := httptest.NewRequest("GET", "/", nil)
			r.Header.Set("Accept", c.accept)
			r.Header.Set("X-Request-Id", "req_caller123456")
			var heard error
			sent := WriteError(w, r, c.err, &ServeOptions{
				Dialect: func(*http.Request) Dialect { return c.dialect },
				OnError: func(err error, _ *Rendered) { heard = err },
			})
			if w.Code != c.status || w.Header().Get("Content-Type") != c.contentType || w.Header().Get("Retry-After") != c.retryAfter ||
				w.Header().Get("Request-Id") != "req_caller123456" || sent.Code != c.code || heard == nil || heard.Error() != c.err.Error() {
				t.Errorf("got %d %v", w.Code, w.Header())
			}
			res := Read(w.Code, w.Header(), w.Body.Bytes(), nil)
			if res.Code != c.code || !res.Known || res.Dialect != c.dialect {
				t.Errorf("read back %+v", res)
			}
		})
	}
}

func TestMiddleware(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /boom", func(http.ResponseWriter, *http.Request) { panic("secret: db password") })
	mux.HandleFunc("GET /typed", func(http.ResponseWriter, *http.Request) { panic(Throttled{}) })
	mux.HandleFunc("GET /plain", func(w http.ResponseWriter, _ *http.Request) { http.Error(w, "secret detail", http.StatusConflict) })
	mux.HandleFunc("GET /ok", func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("fine")) })
	var heard []error
	h := Middleware(mux, &ServeOptions{OnError: func(err error, _ *Rendered) { heard = append(heard, err) }})
	cases := []struct {
		method, path string
		dialect      Dialect
		status       int
		code         Code
	}{
		{"GET", "/boom", Standard, 500, CodeInternalError},
		{"GET", "/typed", Standard, 429, CodeThrottled},
		{"GET", "/nowhere", Standard, 404, CodeNotFound},
		{"POST", "/ok", Standard, 400, CodeValidationFailed},
		{"GET", "/plain", Standard, 409, CodeConflict},
		{"GET", "/ok", Standard, 200, ""},
	}
	for _, c := range cases {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(c.method, c.path, nil))
		if w.Code != c.status {
			t.Errorf("%s %s: status %d", c.method, c.path, w.Code)
		}
		if strings.Contains(w.Body.String(), "secret") {
			t.Errorf("%s %s leaked: %s", c.method, c.path, w.Body)
		}
		if c.code != "" {
			if res := Read(w.Code, w.Header(), w.Body.Bytes(), nil); res.Code != c.code || !res.Known {
				t.Errorf("%s %s: read back %+v (%s)", c.method, c.path, res, w.Body)
			}
		} else if w.Body.String() != "fine" {
			t.Errorf("%s %s: body %q", c.method, c.path, w.Body)
		}
	}
	if len(heard) != 5 || !strings.Contains(heard[0].Error(), "secret") {
		t.Errorf("OnError heard %v", heard)
	}
}

// In a legacy dialect, a framework's status takes a code that API sends with it.
func TestFromStatus(t *testing.T) {
	cases := []struct {
		status  int
		dialect Dialect
		code    Code
	}{
		{404, Standard, CodeNotFound}, {405, Standard, CodeValidationFailed}, {422, Standard, CodeInvalidRequest},
		{422, RCS, CodeSemanticValidationFailed}, {403, RCS, CodeForbidden}, {429, SMS, CodeThrottled},
		{500, Standard, CodeInternalError}, {400, IMessage, CodeValidationFailed},
	}
	for _, c := range cases {
		if got := FromStatus(c.status, c.dialect).Code(); got != c.code {
			t.Errorf("FromStatus(%d, %s) = %s, want %s", c.status, c.dialect, got, c.code)
		}
	}
}

func TestHooksThatPanicAreIgnored(t *testing.T) {
	w := httptest.NewRecorder()
	sent := WriteError(w, httptest.NewRequest("GET", "/", nil), NotFound{}, &ServeOptions{OnError: func(error, *Rendered) { panic("log down") }})
	if w.Code != 404 || sent.Code != CodeNotFound {
		t.Errorf("got %d", w.Code)
	}
	tr := &Transport{Base: &fake{answers: []func(*http.Request) (*http.Response, error){respond(200, nil, "")}}, OnAttempt: func(Attempt) { panic("metrics down") }}
	req := httptest.NewRequest("GET", "http://api.example/", nil)
	req.RequestURI = ""
	if resp, err := tr.RoundTrip(req); err != nil || resp.StatusCode != 200 {
		t.Errorf("got %v %v", resp, err)
	}
}
