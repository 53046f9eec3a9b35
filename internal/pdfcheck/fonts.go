package pdfcheck

import (
	"fmt"
	"os"
	"testing"
)

// DejaVuDir is where Debian installs the DejaVu fonts (fonts-dejavu-core,
// fonts-dejavu-extra).
const DejaVuDir = "/usr/share/fonts/truetype/dejavu"

// RequireFile skips the test when a file it reads (a font Debian
// installs) is missing, or fails it under KEHOACH_REQUIRE_TOOLS=1, as
// [Require] does for programs.
func RequireFile(t testing.TB, path string) {
	t.Helper()
	if _, err := os.Stat(path); err != nil {
		msg := fmt.Sprintf("%s is missing: this test reads a font Debian installs (apt-get install fonts-dejavu-core fonts-dejavu-extra fonts-wqy-zenhei); .ci/run installs them", path)
		if os.Getenv("KEHOACH_REQUIRE_TOOLS") == "1" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
}
