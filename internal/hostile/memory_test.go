package hostile_test

import (
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// childVar marks a child process that runs one case for its memory.
const childVar = "ENTENTE_HOSTILE_CHILD"

// TestHostileMemory runs each case that bounds its memory alone, in a
// child process, and holds the child's peak resident memory (the test
// binary's own included) to the bound.
func TestHostileMemory(t *testing.T) {
	if os.Getenv(childVar) != "" {
		t.Skip("a child runs one case")
	}
	if testing.Short() {
		t.Skip("a child process per case: the race run (-short) leaves it to go test ./...")
	}
	for _, c := range cases {
		if c.maxRSS == 0 {
			continue
		}
		t.Run(c.name, func(t *testing.T) {
			name := "^TestHostile$/^" + regexp.QuoteMeta(strings.ReplaceAll(c.name, " ", "_")) + "$"
			cmd := exec.Command(os.Args[0], "-test.run="+name, "-test.count=1")
			cmd.Env = append(os.Environ(), childVar+"=1")
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			if !strings.Contains(string(out), "PASS") || strings.Contains(string(out), "no tests to run") {
				t.Fatalf("the child ran no case:\n%s", out)
			}
			m := regexp.MustCompile(peakLine + `(\d+)`).FindStringSubmatch(string(out))
			if m == nil {
				t.Skip("no peak memory on this system")
			}
			kib, _ := strconv.ParseInt(m[1], 10, 64)
			rss := kib << 10
			t.Logf("peak memory %d MiB (bound %d MiB)", rss>>20, c.maxRSS>>20)
			if rss > c.maxRSS {
				t.Errorf("peak memory %d MiB, more than %d", rss>>20, c.maxRSS>>20)
			}
		})
	}
}

// peakLine begins the line a child prints with its peak resident memory,
// in KiB.
const peakLine = "hostile: peak resident memory, KiB: "

// reportPeak prints the process's peak resident memory, as Linux keeps it
// in /proc/self/status (VmHWM): the high-water mark of this process alone.
// (The rusage a parent gets for a child starts from the parent's own
// memory when the child is forked, and so tells nothing here.)
func reportPeak() {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			fmt.Println(peakLine + strings.TrimSuffix(strings.TrimSpace(v), " kB"))
		}
	}
}
