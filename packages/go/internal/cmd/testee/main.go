// Command testee speaks the Errata conformance protocol (packages/conformance/PROTOCOL.md) over
// the module's public API: JSON Lines requests on standard input, one answer line each.
package main

import (
	"bufio"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"math"
	"net/http"
	"os"
	"strconv"
	"time"

	"errata.dev/errata"
)

func main() {
	if err := run(os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "testee:", err)
		os.Exit(1)
	}
}

func run(in io.Reader, out io.Writer) error {
	reader := bufio.NewReaderSize(in, 1<<20)
	writer := bufio.NewWriter(out)
	for {
		line, err := reader.ReadString('\n')
		if len(line) > 0 {
			if answer := handle(line); answer != nil {
				if _, werr := writer.Write(append(answer, '\n')); werr != nil {
					return werr
				}
				if werr := writer.Flush(); werr != nil {
					return werr
				}
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func errorLine(id any, why string) []byte {
	return errata.AppendJSON(nil, errata.Object{{Name: "id", Value: id}, {Name: "error", Value: why}})
}

func blank(line string) bool {
	for _, c := range line {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return false
		}
	}
	return true
}

// handle answers one request line; nil for a blank line.
func handle(line string) (answer []byte) {
	if blank(line) {
		return nil
	}
	var id any
	defer func() {
		if v := recover(); v != nil {
			fmt.Fprintln(os.Stderr, "testee: request failed:", v)
			answer = errorLine(id, "internal failure")
		}
	}()
	value, err := errata.DecodeJSON(line)
	if err != nil {
		return errorLine(nil, "not JSON")
	}
	request, ok := value.(errata.Object)
	if !ok {
		return errorLine(nil, "not an object")
	}
	id, _ = request.Get("id")
	if _, ok := id.(string); !ok {
		id = nil
	}
	op, _ := request.Get("op")
	inputValue, _ := request.Get("input")
	input, ok := inputValue.(errata.Object)
	if !ok {
		return errorLine(id, "no input object")
	}
	var output any
	switch op {
	case "render":
		output, err = render(input)
	case "parse":
		output, err = parse(input)
	case "retry":
		output, err = retry(input)
	default:
		return errorLine(id, "unknown op")
	}
	if err != nil {
		return errorLine(id, err.Error())
	}
	return errata.AppendJSON(nil, errata.Object{{Name: "id", Value: id}, {Name: "output", Value: output}})
}

func str(o errata.Object, name string) (string, bool) {
	v, _ := o.Get(name)
	s, ok := v.(string)
	return s, ok
}

func render(input errata.Object) (any, error) {
	code, ok := str(input, "code")
	if !ok {
		return nil, errors.New("no code")
	}
	var fields []errata.Field
	if v, present := input.Get("fields"); present {
		o, ok := v.(errata.Object)
		if !ok {
			return nil, errors.New("fields is not an object")
		}
		fields = o
	}
	var options []errata.Option
	if v, present := input.Get("message"); present {
		message, ok := v.(string)
		if !ok || message == "" {
			return nil, errors.New("message is not a non-empty string")
		}
		options = append(options, errata.WithMessage(message))
	}
	e, err := errata.New(errata.Code(code), fields, options...)
	if err != nil {
		return nil, err
	}
	dialect, _ := str(input, "dialect")
	requestID, _ := str(input, "request_id")
	accept, _ := str(input, "accept")
	r := errata.Render(e, errata.RenderOptions{Dialect: errata.Dialect(dialect), Accept: accept, RequestID: requestID})
	headers := errata.Object{{Name: "content-type", Value: r.ContentType}, {Name: "request-id", Value: r.RequestID}}
	if r.HasRetryAfter {
		headers = append(headers, errata.Member{Name: "retry-after", Value: strconv.FormatInt(r.RetryAfter, 10)})
	}
	return errata.Object{
		{Name: "status", Value: float64(r.Status)},
		{Name: "headers", Value: headers},
		{Name: "body", Value: string(r.Body)},
	}, nil
}

// response reads the status, headers, body and clock of a parse or retry input.
func response(input errata.Object) (status int, header http.Header, body *string, data []byte, now time.Time, err error) {
	if v, ok := input.Get("status"); ok {
		f, _ := v.(float64)
		if f != math.Trunc(f) {
			return 0, nil, nil, nil, now, errors.New("status is not an integer")
		}
		status = int(f)
	}
	// A plain object of headers: the first member whose name matches, in any case, is the one read.
	header = http.Header{}
	if v, ok := input.Get("headers"); ok {
		if o, ok := v.(errata.Object); ok {
			for _, m := range o {
				if _, seen := header[http.CanonicalHeaderKey(m.Name)]; seen {
					continue
				}
				switch value := m.Value.(type) {
				case string:
					header.Set(m.Name, value)
				case []any:
					if len(value) > 0 {
						if s, ok := value[0].(string); ok {
							header.Set(m.Name, s)
						}
					}
				}
			}
		}
	}
	if s, ok := str(input, "body_base64"); ok {
		data, err = base64.StdEncoding.DecodeString(s)
		if err != nil {
			return 0, nil, nil, nil, now, errors.New("body_base64 is not base64")
		}
	} else if s, ok := str(input, "body"); ok {
		body = &s
	}
	now = time.Now()
	if v, ok := input.Get("now"); ok {
		if f, ok := v.(float64); ok {
			now = time.UnixMilli(int64(f))
		}
	}
	return status, header, body, data, now, nil
}

func read(status int, header http.Header, body *string, data []byte, now time.Time) *errata.Result {
	options := &errata.ReadOptions{Now: func() time.Time { return now }}
	switch {
	case data != nil:
		return errata.Read(status, header, data, options)
	case body != nil:
		return errata.ReadText(status, header, *body, options)
	}
	return errata.Read(status, header, nil, options)
}

func typeOf(r *errata.Result) any {
	if !r.HasType {
		return nil
	}
	return string(r.Type)
}

func orNull(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func parse(input errata.Object) (any, error) {
	status, header, body, data, now, err := response(input)
	if err != nil {
		return nil, err
	}
	r := read(status, header, body, data, now)
	out := make(errata.Object, 0, 10+len(r.Members))
	out = append(out, r.Members...)
	var code any = string(r.Code)
	if r.Transport() {
		code = nil
	}
	out = append(out,
		errata.Member{Name: "known", Value: r.Known},
		errata.Member{Name: "code", Value: code},
		errata.Member{Name: "type", Value: typeOf(r)},
		errata.Member{Name: "message", Value: r.Message},
		errata.Member{Name: "status", Value: float64(r.Status)},
		errata.Member{Name: "dialect", Value: orNull(string(r.Dialect))},
	)
	if r.HasRequestID {
		out = append(out, errata.Member{Name: "request_id", Value: r.RequestID})
	}
	if r.HasRetryAfter {
		out = append(out, errata.Member{Name: "retry_after", Value: float64(r.RetryAfter)})
	}
	if r.Transport() {
		out = append(out, errata.Member{Name: "reason", Value: string(r.Reason)})
	}
	return out, nil
}

func retry(input errata.Object) (any, error) {
	status, header, body, data, now, err := response(input)
	if err != nil {
		return nil, err
	}
	method, _ := str(input, "method")
	_, keyed := str(input, "idempotency_key")
	attemptValue, _ := input.Get("attempt")
	attempt, _ := attemptValue.(float64)
	randomValue, _ := input.Get("random")
	random, _ := randomValue.(float64)
	options := &errata.RetryOptions{Random: func() float64 { return random }}
	var d errata.Decision
	if status == 0 && body == nil && data == nil {
		d = errata.DecideNetworkError(method, keyed, int(attempt), options)
	} else {
		d = errata.Decide(read(status, header, body, data, now), int(attempt), options)
	}
	return errata.Object{{Name: "retry", Value: d.Retry}, {Name: "delay_ms", Value: d.DelayMs}}, nil
}
