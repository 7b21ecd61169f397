package errata

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
)

// ServeOptions say how a service writes its errors.
type ServeOptions struct {
	// Dialect is the API's shape to answer a request in; Standard when nil.
	Dialect func(*http.Request) Dialect
	// OnError hears every error sent: the original error (message, cause and all, for logs) and
	// what went on the wire.
	OnError func(err error, sent *Rendered)
}

func (o *ServeOptions) dialect(r *http.Request) Dialect {
	if o == nil || o.Dialect == nil || r == nil {
		return Standard
	}
	return o.Dialect(r)
}

// WriteError writes err to w as the contract's error response for the request r: negotiated from
// its Accept header, with its X-Request-Id (or a new one) in the Request-Id header, Retry-After
// whenever the error has a delay, in the dialect options choose. A value that is not a catalogued
// error is sent as internal_error; its message never reaches the wire. options may be nil.
func WriteError(w http.ResponseWriter, r *http.Request, err error, options *ServeOptions) Rendered {
	ro := RenderOptions{Dialect: options.dialect(r)}
	if r != nil {
		ro.Accept = r.Header.Get("Accept")
		ro.RequestID = r.Header.Get("X-Request-Id")
	}
	rendered := Render(err, ro)
	h := w.Header()
	h.Set("Content-Type", rendered.ContentType)
	h.Set("Request-Id", rendered.RequestID)
	if rendered.HasRetryAfter {
		h.Set("Retry-After", strconv.FormatInt(rendered.RetryAfter, 10))
	} else {
		h.Del("Retry-After")
	}
	h.Del("Content-Length")
	w.WriteHeader(rendered.Status)
	_, _ = w.Write(rendered.Body)
	if options != nil && options.OnError != nil {
		func() {
			// A failing log hook must not cost the client its response, nor the server its goroutine.
			defer func() { _ = recover() }()
			options.OnError(err, &rendered)
		}()
	}
	return rendered
}

// FromStatus is the catalogued error for a client status a framework answered on its own (a
// route not found, a method not allowed, a body too large): the most general code of that status
// (a 4xx without one is a malformed request), one the dialect's API sends when there is one;
// internal_error for anything else.
func FromStatus(status int, dialect Dialect) Catalogued {
	if status < 400 || status >= 500 {
		return &Error{code: codeTable[internalIndex].Code, index: internalIndex}
	}
	general, legacy := frameworkGeneral, frameworkLegacy
	var code Code
	for _, c := range general {
		if info := Lookup(c); info != nil && info.Status == status {
			code = c
			break
		}
	}
	if code == "" {
		for _, c := range general {
			if info := Lookup(c); info != nil && LookupType(info.Type) != nil && info.Status == LookupType("invalid_request_error").Status {
				code = c
				break
			}
		}
	}
	if code == "" {
		return &Error{code: codeTable[internalIndex].Code, index: internalIndex}
	}
	if dialect != Standard && !sends(Lookup(code), dialect) {
		for _, c := range append(append([]Code{}, general...), legacy...) {
			info := Lookup(c)
			if info != nil && info.Status == status && sends(info, dialect) && !info.Deprecated {
				if e := errorOf(c, dialect); e != nil {
					return e
				}
			}
		}
	}
	if e := errorOf(code, dialect); e != nil {
		return e
	}
	return &Error{code: codeTable[internalIndex].Code, index: internalIndex}
}

func sends(info *CodeInfo, dialect Dialect) bool {
	for _, api := range info.APIs {
		if api == dialect {
			return true
		}
	}
	return false
}

// errorOf raises code without fields of the case, or with one detail about the whole request.
func errorOf(code Code, dialect Dialect) Catalogued {
	info := Lookup(code)
	details := []Field{{"details", []any{Object{{"field", ""}, {"message", info.Message}}}}}
	writesDetails := dialect == Standard
	if d := LookupDialect(dialect); d != nil {
		writesDetails = writesDetails || contains(d.Members, "details")
	}
	tries := [][]Field{nil, details}
	if code == "validation_failed" && writesDetails {
		tries = [][]Field{details, nil}
	}
	for _, fields := range tries {
		if e, err := New(code, fields); err == nil {
			return e
		}
	}
	return nil
}

// Middleware turns a panic in next, and a plain-text error a handler or http.ServeMux writes on
// its own (a route not found, a method not allowed, http.Error), into a catalogued error
// response, without leaking the panic's value or the text: a client status becomes the catalogued
// code of that status (FromStatus), anything else internal_error. OnError hears the original.
// options may be nil.
func Middleware(next http.Handler, options *ServeOptions) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		iw := &interceptor{ResponseWriter: w, r: r, options: options}
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				if iw.started {
					// Too late for an error response: end the connection, as net/http does.
					panic(http.ErrAbortHandler)
				}
				err, ok := v.(error)
				if !ok {
					err = fmt.Errorf("panic: %v", v)
				}
				iw.started = true
				WriteError(w, r, err, options)
			}
		}()
		next.ServeHTTP(iw, r)
	})
}

type interceptor struct {
	http.ResponseWriter
	r           *http.Request
	options     *ServeOptions
	started     bool
	intercepted bool
}

func (i *interceptor) WriteHeader(status int) {
	if i.started {
		i.ResponseWriter.WriteHeader(status)
		return
	}
	i.started = true
	if status >= 400 && strings.HasPrefix(i.Header().Get("Content-Type"), "text/plain") {
		i.intercepted = true
		i.Header().Del("X-Content-Type-Options")
		WriteError(i.ResponseWriter, i.r, fmt.Errorf("HTTP %d written as plain text: %w", status, FromStatus(status, i.options.dialect(i.r))), i.options)
		return
	}
	i.ResponseWriter.WriteHeader(status)
}

func (i *interceptor) Write(p []byte) (int, error) {
	if !i.started {
		i.WriteHeader(http.StatusOK)
	}
	if i.intercepted {
		return len(p), nil
	}
	return i.ResponseWriter.Write(p)
}

// Unwrap lets http.ResponseController reach the writer underneath.
func (i *interceptor) Unwrap() http.ResponseWriter { return i.ResponseWriter }
