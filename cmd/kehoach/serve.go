package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/kehoach/kehoach/internal/gcpolicy"
	"github.com/kehoach/kehoach/internal/lazyregexp"
	"github.com/kehoach/kehoach/server"
)

// serveUsage opens the help of kehoach serve, before its options.
var serveUsage = msg{
	vi: `Cách dùng: kehoach serve [-addr 127.0.0.1:8080] [-token MÃ] [-max-body 5MiB] [-workers N] [-cors NGUỒN…] [-memory-limit DUNG-LƯỢNG] [-lang vi|en]

Chạy máy chủ HTTP của kehoach: trình soạn thảo trên web ở địa chỉ /, API ở
/v1 (mô tả trong /v1/openapi.json), /healthz và /metrics. Máy chủ không
đọc hay ghi tệp nào: mọi kế hoạch đến từ yêu cầu. Khi nhận SIGINT hoặc
SIGTERM, máy chủ báo /healthz 503, ngừng nhận kết nối mới, làm xong các yêu
cầu đang xử lý rồi thoát với mã 0. Mỗi yêu cầu được ghi một dòng nhật ký ra
stderr. Tùy chọn:
`,
	en: `Usage: kehoach serve [-addr 127.0.0.1:8080] [-token TOKEN] [-max-body 5MiB] [-workers N] [-cors ORIGIN…] [-memory-limit SIZE] [-lang vi|en]

Runs kehoach's HTTP server: the web editor at /, the API under /v1
(described at /v1/openapi.json), /healthz and /metrics. The server reads
and writes no file: every plan comes in a request. On SIGINT or SIGTERM it
answers /healthz with 503, stops accepting connections, finishes the
requests in flight and exits with status 0. Each request is logged as one
line on stderr. Options:
`,
}

// serveOptions are kehoach serve's settings, as parsed.
type serveOptions struct {
	addr        string
	token       string
	maxBody     int64
	workers     int
	queue       int
	timeout     time.Duration
	origins     []string
	publicURL   string
	drain       time.Duration
	healthcheck bool
	lang        string
	// memoryLimit is -memory-limit: the soft memory limit in bytes, 0
	// for the default (gcpolicy.Service), -1 for none.
	memoryLimit int64
	// gc is the collector's policy in force, once applied (logged at
	// start); zero when the caller applied none.
	gc gcpolicy.Policy
}

// originList is the -cors option: given several times, or with origins
// separated by commas.
type originList []string

func (o *originList) String() string { return strings.Join(*o, ",") }

func (o *originList) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*o = append(*o, s)
		}
	}
	return nil
}

// byteSize is the -max-body option: "5MiB", "512KiB", "1048576", "5MB".
type byteSize int64

var sizeSyntax = lazyregexp.New(`^(\d+)\s*([KMG]i?B|B)?$`)

func (b *byteSize) String() string { return strconv.FormatInt(int64(*b), 10) }

func (b *byteSize) Set(v string) error {
	m := sizeSyntax.FindStringSubmatch(strings.TrimSpace(v))
	if m == nil {
		return errors.New("not a size")
	}
	n, err := strconv.ParseInt(m[1], 10, 64)
	if err != nil {
		return err
	}
	unit := map[string]int64{"": 1, "B": 1, "KB": 1000, "KiB": 1 << 10, "MB": 1000 * 1000, "MiB": 1 << 20, "GB": 1000 * 1000 * 1000, "GiB": 1 << 30}[m[2]]
	if n <= 0 || n > (1<<40)/unit {
		return errors.New("out of range")
	}
	*b = byteSize(n * unit)
	return nil
}

// memoryLimit is the -memory-limit option: a size ("192MiB"), or "off"
// for no limit; unset, the service's default policy.
type memoryLimit int64

func (m *memoryLimit) String() string {
	switch {
	case *m < 0:
		return "off"
	case *m == 0:
		return ""
	}
	return strconv.FormatInt(int64(*m), 10)
}

func (m *memoryLimit) Set(v string) error {
	if strings.EqualFold(strings.TrimSpace(v), "off") {
		*m = -1
		return nil
	}
	var b byteSize
	if err := b.Set(v); err != nil {
		return err
	}
	*m = memoryLimit(b)
	return nil
}

func init() {
	optionValues["addr"] = msg{"ĐỊA-CHỈ:CỔNG", "HOST:PORT"}
	optionValues["token"] = msg{"MÃ", "TOKEN"}
	optionValues["max-body"] = msg{"DUNG-LƯỢNG", "SIZE"}
	optionValues["workers"] = msg{"N", "N"}
	optionValues["queue"] = msg{"N", "N"}
	optionValues["timeout"] = msg{"THỜI-GIAN", "DURATION"}
	optionValues["cors"] = msg{"NGUỒN", "ORIGIN"}
	optionValues["drain"] = msg{"THỜI-GIAN", "DURATION"}
	optionValues["public-url"] = msg{"ĐỊA-CHỈ", "URL"}
	optionValues["memory-limit"] = msg{"DUNG-LƯỢNG|off", "SIZE|off"}
}

// parseServe parses kehoach serve's flags; ok is false when the command
// stops there, with status (0 after -h).
func parseServe(args []string, stderr io.Writer) (o serveOptions, status int, ok bool) {
	lang := langOf(args)
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&o.addr, "addr", "127.0.0.1:8080", msg{"địa chỉ và cổng lắng nghe; 0.0.0.0:8080 để nhận kết nối từ máy khác", "address and port to listen on; 0.0.0.0:8080 to accept connections from other machines"}.in(lang))
	fs.StringVar(&o.token, "token", "", msg{"mã truy cập mà các yêu cầu lập văn bản phải gửi (Authorization: Bearer MÃ); cũng đọc từ biến môi trường KEHOACH_TOKEN",
		"the token the API's requests must send (Authorization: Bearer TOKEN); also read from the environment variable KEHOACH_TOKEN"}.in(lang))
	maxBody := byteSize(server.DefaultMaxBody)
	fs.Var(&maxBody, "max-body", msg{"dung lượng lớn nhất của một yêu cầu, ví dụ 5MiB, 512KiB", "the largest request body, e.g. 5MiB, 512KiB"}.in(lang))
	fs.IntVar(&o.workers, "workers", runtime.GOMAXPROCS(0), msg{"số văn bản được lập cùng lúc (mặc định: số CPU tiến trình được dùng, theo giới hạn CPU của container)",
		"how many plans are rendered at once (by default the CPUs the process may use, as a container's CPU limit allows)"}.in(lang))
	fs.IntVar(&o.queue, "queue", -1, msg{"số yêu cầu được chờ đến lượt (mặc định 16 lần -workers); yêu cầu đến khi hàng chờ đầy nhận 503",
		"how many requests may wait for their turn (16 times -workers by default); a request that finds the queue full gets 503"}.in(lang))
	fs.DurationVar(&o.timeout, "timeout", server.DefaultRenderTimeout, msg{"thời gian tối đa để lập một văn bản, kể cả thời gian chờ", "the longest one request's work may take, waiting included"}.in(lang))
	var origins originList
	fs.Var(&origins, "cors", msg{"nguồn (trang web) được gọi API từ trình duyệt, ví dụ https://vanphong.example.vn; có thể ghi nhiều lần, hoặc * cho mọi nguồn",
		"an origin whose pages may call the API from a browser, e.g. https://eoffice.example.vn; may be given several times, or * for any"}.in(lang))
	fs.StringVar(&o.publicURL, "public-url", "", msg{
		"địa chỉ đầy đủ mà trình duyệt dùng để gọi máy chủ, ví dụ https://kehoach.example.vn/ (sau proxy): trang xem trước và \"format=html&fonts=link\" liên kết phông chữ theo địa chỉ này, để trang của hệ thống khác hiển thị được",
		"the absolute URL browsers reach the server at, e.g. https://kehoach.example.vn/ (behind a proxy): the preview's pages and \"format=html&fonts=link\" link the fonts there, so that another system's pages can show them"}.in(lang))
	fs.DurationVar(&o.drain, "drain", 0, msg{"khi nhận tín hiệu dừng, thời gian báo /healthz 503 mà vẫn phục vụ, để bộ cân bằng tải thôi gửi yêu cầu (ví dụ 5s trong Kubernetes)",
		"on a stop signal, how long to answer /healthz with 503 while still serving, so that a load balancer stops sending requests (e.g. 5s in Kubernetes)"}.in(lang))
	var limit memoryLimit
	fs.Var(&limit, "memory-limit", msg{
		"giới hạn mềm của bộ nhớ (GOMEMLIMIT), ví dụ 192MiB: bộ thu gom rác dọn ít lần khi bộ nhớ còn xa giới hạn (GOGC=400) và dọn thường hơn khi đến gần; mặc định 256MiB, hoặc 3/4 giới hạn bộ nhớ của container khi nhỏ hơn, trừ khi đã đặt biến môi trường GOMEMLIMIT hoặc GOGC; off để theo mặc định của Go",
		"the soft memory limit (GOMEMLIMIT), e.g. 192MiB: the garbage collector runs seldom while memory is far below it (GOGC=400) and more often near it; by default 256MiB, or 3/4 of the container's memory limit when less, unless the environment variable GOMEMLIMIT or GOGC is set; off for Go's defaults"}.in(lang))
	fs.BoolVar(&o.healthcheck, "healthcheck", false, msg{"không chạy máy chủ mà hỏi /healthz của máy chủ ở -addr: mã thoát 0 khi máy chủ đang phục vụ (cho HEALTHCHECK của Docker)",
		"do not serve: ask the server at -addr for /healthz, and exit 0 when it is serving (for Docker's HEALTHCHECK)"}.in(lang))
	fs.StringVar(&o.lang, "lang", "vi", langOption.in(lang))
	fs.Usage = func() {
		fmt.Fprint(stderr, serveUsage.in(lang))
		printOptions(stderr, fs, lang)
	}
	fail := func(m msg) (serveOptions, int, bool) {
		fmt.Fprintf(stderr, "kehoach serve: %s\n", m.in(lang))
		return o, exitUsage, false
	}
	err := fs.Parse(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		fs.Usage()
		return o, exitOK, false
	case err != nil:
		fmt.Fprintf(stderr, "kehoach serve: %s\n", flagError(err, lang))
		fs.Usage()
		return o, exitUsage, false
	case o.lang != "vi" && o.lang != "en":
		return fail(msgf("-lang %q: chọn vi hoặc en", "-lang %q: choose vi or en", o.lang))
	case fs.NArg() > 0:
		return fail(msgf("serve không nhận tệp nào (%q): kế hoạch được gửi đến qua HTTP", "serve takes no file (%q): plans are sent over HTTP", fs.Arg(0)))
	case o.workers < 1:
		return fail(msgf("-workers %d: cần ít nhất 1", "-workers %d: at least 1 is needed", o.workers))
	case o.publicURL != "" && !server.ValidPublicURL(o.publicURL):
		return fail(msgf("-public-url %q: cần một địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://", "-public-url %q: an absolute URL starting with http:// or https:// is needed", o.publicURL))
	}
	if o.token == "" {
		o.token = os.Getenv("KEHOACH_TOKEN")
	}
	o.maxBody = int64(maxBody)
	o.memoryLimit = int64(limit)
	o.origins = origins
	return o, exitOK, true
}

// runServe runs kehoach serve until SIGINT or SIGTERM.
func runServe(args []string, stdout, stderr io.Writer) int {
	o, status, ok := parseServe(args, stderr)
	if !ok {
		return status
	}
	if o.healthcheck {
		return healthcheck(o, stderr)
	}
	// Renders leave much garbage over a small live heap: collect against
	// a soft memory limit rather than every few megabytes (docs/deploy.md
	// has the load test's measurements).
	o.gc = gcpolicy.Service(o.memoryLimit)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serve(ctx, o, stdout, stderr)
}

// serve serves until ctx is done, then drains and shuts down: /healthz
// answers 503 for the -drain time while requests are still served, then
// the listener closes and the requests in flight are finished.
func serve(ctx context.Context, o serveOptions, stdout, stderr io.Writer) int {
	lang := o.lang
	logger := slog.New(slog.NewTextHandler(stderr, nil))
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		fmt.Fprintf(stderr, "kehoach serve: %s\n", msgf("không lắng nghe được ở %s (%q)", "cannot listen on %s (%q)", o.addr, err.Error()).in(lang))
		return exitUsage
	}
	draining, drain := context.WithCancel(context.Background())
	defer drain()
	opts := []server.Option{
		server.WithLogger(logger), server.WithMaxBody(o.maxBody), server.WithWorkers(o.workers),
		server.WithRenderTimeout(o.timeout), server.WithCORS(o.origins...), server.DrainOn(draining), server.WithPublicURL(o.publicURL),
	}
	if o.queue >= 0 {
		opts = append(opts, server.WithQueue(o.queue))
	}
	if o.token != "" {
		opts = append(opts, server.WithAuth(server.BearerToken(o.token)))
	}
	if o.gc != (gcpolicy.Policy{}) {
		logger.Info("gc", "memory_limit", limitWords(o.gc.Limit), "gogc", percentWords(o.gc.Percent))
	}
	srv := server.NewHTTPServer(server.New(opts...))
	srv.ErrorLog = slog.NewLogLogger(logger.Handler(), slog.LevelWarn)
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	url := "http://" + listenedAt(o.addr, ln.Addr()) + "/"
	fmt.Fprintf(stdout, "kehoach serve: %s\n", msgf("đang phục vụ tại %s (trình soạn thảo: %s, API: %sv1/)", "serving at %s (editor: %s, API: %sv1/)", url, url, url).in(lang))

	select {
	case err := <-served: // the listener failed
		fmt.Fprintf(stderr, "kehoach serve: %s\n", msgf("máy chủ dừng do lỗi (%q)", "the server stopped on an error (%q)", err.Error()).in(lang))
		return exitInvalid
	case <-ctx.Done():
	}
	drain()
	fmt.Fprintf(stdout, "kehoach serve: %s\n", msg{"đang dừng: làm xong các yêu cầu đang xử lý", "stopping: finishing the requests in flight"}.in(lang))
	time.Sleep(o.drain)
	shutdown, cancel := context.WithTimeout(context.Background(), o.timeout+server.DefaultBodyTimeout)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		fmt.Fprintf(stderr, "kehoach serve: %s\n", msgf("chưa làm xong các yêu cầu đang xử lý (%q)", "the requests in flight did not finish (%q)", err.Error()).in(lang))
		return exitInvalid
	}
	fmt.Fprintf(stdout, "kehoach serve: %s\n", msg{"đã dừng", "stopped"}.in(lang))
	return exitOK
}

// limitWords writes a soft memory limit as GOMEMLIMIT does: "192MiB",
// "off" for none.
func limitWords(n int64) string {
	switch {
	case n == math.MaxInt64:
		return "off"
	case n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + "MiB"
	}
	return strconv.FormatInt(n, 10)
}

// percentWords writes the collector's pacing as GOGC does: "400",
// "off".
func percentWords(p int) string {
	if p < 0 {
		return "off"
	}
	return strconv.Itoa(p)
}

// listenedAt returns the address to print for a listener: the host as
// -addr gave it ("0.0.0.0" stays so, not "[::]") with the port listened
// on (the one the system chose for port 0).
func listenedAt(addr string, ln net.Addr) string {
	host, _, err := net.SplitHostPort(addr)
	_, port, err2 := net.SplitHostPort(ln.String())
	if err != nil || err2 != nil {
		return ln.String()
	}
	if host == "" {
		host = "0.0.0.0"
	}
	return net.JoinHostPort(host, port)
}

// healthcheck asks the server at -addr for /healthz.
func healthcheck(o serveOptions, stderr io.Writer) int {
	host, port, err := net.SplitHostPort(o.addr)
	if err != nil {
		fmt.Fprintf(stderr, "kehoach serve: %s\n", msgf("-addr %q không hợp lệ", "-addr %q is not valid", o.addr).in(o.lang))
		return exitUsage
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	client := &http.Client{Timeout: 5 * time.Second}
	res, err := client.Get("http://" + net.JoinHostPort(host, port) + "/healthz")
	if err != nil {
		fmt.Fprintf(stderr, "kehoach serve: %s\n", msgf("không hỏi được máy chủ (%q)", "cannot reach the server (%q)", err.Error()).in(o.lang))
		return exitInvalid
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		fmt.Fprintf(stderr, "kehoach serve: %s\n", msgf("máy chủ trả lời /healthz %d", "the server answers /healthz with %d", res.StatusCode).in(o.lang))
		return exitInvalid
	}
	return exitOK
}
