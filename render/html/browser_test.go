package html

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"sync"
	"testing"
	"time"
)

// chromiumNames are the names headless Chromium is installed under.
var chromiumNames = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}

// findChromium returns the path of Chromium, or skips the test with a
// clear message where it is missing; with KEHOACH_REQUIRE_TOOLS=1 (CI) a
// missing Chromium fails it instead.
func findChromium(t testing.TB) string {
	t.Helper()
	for _, name := range chromiumNames {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	msg := "chromium is not installed: this test prints the HTML with headless Chromium and compares it with the PDF (Debian: apt-get install chromium poppler-utils); .ci/run installs it"
	if os.Getenv("KEHOACH_REQUIRE_TOOLS") == "1" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// browser is a headless Chromium driven through the DevTools protocol
// over a pipe (--remote-debugging-pipe: commands on its file descriptor
// 3, replies and events on 4, each message JSON ended by a NUL), so that
// one start prints and photographs many documents.
type browser struct {
	t       testing.TB
	cmd     *exec.Cmd
	in      *os.File // commands to Chromium
	out     *os.File // its replies
	mu      sync.Mutex
	next    int
	pending map[int]chan cdpMessage
	events  chan cdpMessage
	session string // the page every call goes to
	// logged are the texts of the console entries (Log.entryAdded, once
	// a test enables the Log domain) seen while opening documents.
	logged []string
}

type cdpMessage struct {
	ID        int             `json:"id,omitempty"`
	Method    string          `json:"method,omitempty"`
	Params    any             `json:"params,omitempty"`
	SessionID string          `json:"sessionId,omitempty"`
	Result    json.RawMessage `json:"result,omitempty"`
	Error     *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

// shared is the browser the package's tests share, started by the first
// that needs it and closed by TestMain.
var shared struct {
	b       *browser
	profile string
}

// TestMain closes the shared browser once every test has run.
func TestMain(m *testing.M) {
	code := m.Run()
	if shared.b != nil {
		shared.b.close()
	}
	if shared.profile != "" {
		os.RemoveAll(shared.profile)
	}
	os.Exit(code)
}

// useBrowser returns the shared headless Chromium, starting it on first
// use, for test t.
func useBrowser(t testing.TB) *browser {
	t.Helper()
	if shared.b == nil {
		shared.b = startBrowser(t)
	}
	shared.b.t = t
	return shared.b
}

// startBrowser starts headless Chromium with a profile of its own and
// opens a page.
func startBrowser(t testing.TB) *browser {
	t.Helper()
	path := findChromium(t)
	profile, err := os.MkdirTemp("", "kehoach-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	shared.profile = profile
	toChrome, ourIn, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	ourOut, fromChrome, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(path, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
		"--user-data-dir="+profile, "--remote-debugging-pipe", "about:blank")
	cmd.ExtraFiles = []*os.File{toChrome, fromChrome} // descriptors 3 and 4
	if err := cmd.Start(); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	toChrome.Close()
	fromChrome.Close()
	b := &browser{t: t, cmd: cmd, in: ourIn, out: ourOut, pending: map[int]chan cdpMessage{}, events: make(chan cdpMessage, 1024)}
	go b.read(ourOut)
	var target struct{ TargetID string }
	b.decode(b.call("", "Target.createTarget", map[string]any{"url": "about:blank"}), &target)
	var attached struct{ SessionID string }
	b.decode(b.call("", "Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true}), &attached)
	b.session = attached.SessionID
	b.call(b.session, "Page.enable", nil)
	return b
}

// close asks Chromium to close, and ends the process it started if it
// has not within ten seconds.
func (b *browser) close() {
	done := make(chan struct{})
	go func() { _ = b.cmd.Wait(); close(done) }()
	_, _ = b.callTimeout("", "Browser.close", nil, 10*time.Second)
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		_ = b.cmd.Process.Kill()
		<-done
	}
	b.in.Close()
	b.out.Close()
}

// read hands each message from Chromium to the call waiting for it, or
// to the events.
func (b *browser) read(out *os.File) {
	r := bufio.NewReaderSize(out, 1<<20)
	for {
		raw, err := r.ReadBytes(0)
		if err != nil {
			close(b.events)
			b.mu.Lock()
			for id, ch := range b.pending {
				close(ch)
				delete(b.pending, id)
			}
			b.mu.Unlock()
			return
		}
		var m cdpMessage
		if json.Unmarshal(raw[:len(raw)-1], &m) != nil {
			continue
		}
		if m.ID == 0 {
			select {
			case b.events <- m:
			default: // nobody waits for so many events
			}
			continue
		}
		b.mu.Lock()
		ch := b.pending[m.ID]
		delete(b.pending, m.ID)
		b.mu.Unlock()
		if ch != nil {
			ch <- m
		}
	}
}

// call sends a command and returns its result; an error fails the test.
func (b *browser) call(session, method string, params any) json.RawMessage {
	b.t.Helper()
	res, err := b.callTimeout(session, method, params, 2*time.Minute)
	if err != nil {
		b.t.Fatalf("chromium %s: %v", method, err)
	}
	return res
}

func (b *browser) callTimeout(session, method string, params any, timeout time.Duration) (json.RawMessage, error) {
	b.mu.Lock()
	b.next++
	id := b.next
	ch := make(chan cdpMessage, 1)
	b.pending[id] = ch
	b.mu.Unlock()
	msg, err := json.Marshal(cdpMessage{ID: id, Method: method, Params: params, SessionID: session})
	if err != nil {
		return nil, err
	}
	if _, err := b.in.Write(append(msg, 0)); err != nil {
		return nil, err
	}
	select {
	case m, ok := <-ch:
		if !ok {
			return nil, fmt.Errorf("chromium exited")
		}
		if m.Error != nil {
			return nil, fmt.Errorf("%s (%d)", m.Error.Message, m.Error.Code)
		}
		return m.Result, nil
	case <-time.After(timeout):
		return nil, fmt.Errorf("no reply in %v", timeout)
	}
}

func (b *browser) decode(raw json.RawMessage, v any) {
	b.t.Helper()
	if err := json.Unmarshal(raw, v); err != nil {
		b.t.Fatalf("chromium reply %s: %v", raw, err)
	}
}

// open loads a document and waits until it and its fonts are loaded.
func (b *browser) open(path string) {
	b.t.Helper()
	for len(b.events) > 0 {
		<-b.events
	}
	b.call(b.session, "Page.navigate", map[string]any{"url": "file://" + path})
	deadline := time.After(2 * time.Minute)
	for loaded := false; !loaded; {
		select {
		case m, ok := <-b.events:
			if !ok {
				b.t.Fatal("chromium exited")
			}
			loaded = m.Method == "Page.loadEventFired" && m.SessionID == b.session
			b.log(m)
		case <-deadline:
			b.t.Fatalf("chromium did not load %s", path)
		}
	}
	if status := b.eval("document.fonts.ready.then(() => document.fonts.status)"); status != "loaded" {
		b.t.Fatalf("%s: fonts %s", path, status)
	}
	for len(b.events) > 0 {
		b.log(<-b.events)
	}
}

// log records a console entry.
func (b *browser) log(m cdpMessage) {
	if m.Method != "Log.entryAdded" {
		return
	}
	var entry struct{ Entry struct{ Text string } }
	if raw, err := json.Marshal(m.Params); err == nil && json.Unmarshal(raw, &entry) == nil {
		b.logged = append(b.logged, entry.Entry.Text)
	}
}

// eval evaluates an expression in the page (the test's own script: the
// documents hold none) and returns its value as a string.
func (b *browser) eval(expr string) string {
	b.t.Helper()
	var res struct {
		Result struct {
			Value any `json:"value"`
		} `json:"result"`
		ExceptionDetails any `json:"exceptionDetails"`
	}
	b.decode(b.call(b.session, "Runtime.evaluate", map[string]any{"expression": expr, "awaitPromise": true, "returnByValue": true}), &res)
	if res.ExceptionDetails != nil {
		b.t.Fatalf("evaluating %s: %v", expr, res.ExceptionDetails)
	}
	return fmt.Sprint(res.Result.Value)
}

// printPDF prints the open document as a user's browser prints it: the
// paper and margins its @page rules ask for, no header or footer.
func (b *browser) printPDF() []byte {
	b.t.Helper()
	var res struct{ Data string }
	b.decode(b.call(b.session, "Page.printToPDF", map[string]any{"preferCSSPageSize": true, "displayHeaderFooter": false, "printBackground": false}), &res)
	pdf, err := base64.StdEncoding.DecodeString(res.Data)
	if err != nil {
		b.t.Fatal(err)
	}
	return pdf
}

// screenshot photographs a rectangle of the open document, in CSS pixels
// from the document's top-left corner, at scale device pixels to the CSS
// pixel, as PNG.
func (b *browser) screenshot(x, y, width, height, scale float64) []byte {
	b.t.Helper()
	var res struct{ Data string }
	b.decode(b.call(b.session, "Page.captureScreenshot", map[string]any{
		"format": "png", "captureBeyondViewport": true,
		"clip": map[string]any{"x": x, "y": y, "width": width, "height": height, "scale": scale},
	}), &res)
	png, err := base64.StdEncoding.DecodeString(res.Data)
	if err != nil {
		b.t.Fatal(err)
	}
	return png
}
