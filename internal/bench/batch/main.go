// Command batch is a benchmark helper, not shipped: it renders one plan
// many times inside one process, as `kehoach render` of many files or a
// service rendering many plans at once does, and reports what it cost:
// time, processor time, the garbage collector's share of it, the bytes
// allocated per plan and the peak resident memory (docs/pdf-speed.md).
//
//	go build -o /tmp/batch ./internal/bench/batch
//	/tmp/batch -n 2000 -workers 2 -f md,docx,pdf plan.md
//	/tmp/batch -n 200 -workers 200 -f pdf plan.md    # 200 renders at once
//
// -gc batch applies the command's garbage-collector policy (gcpolicy);
// GOGC and GOMEMLIMIT in the environment set one of their own.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/kehoach/kehoach"
	"github.com/kehoach/kehoach/internal/gcpolicy"
)

func main() {
	n := flag.Int("n", 1000, "plans to render")
	workers := flag.Int("workers", runtime.GOMAXPROCS(0), "plans rendered at once")
	formats := flag.String("f", "md,docx,pdf", "formats")
	gc := flag.String("gc", "", `"batch" applies the command's policy`)
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: batch [-n N] [-workers W] [-f formats] [-gc batch] plan.md")
		os.Exit(2)
	}
	if *gc == "batch" {
		gcpolicy.Batch()
	}
	src, err := os.ReadFile(flag.Arg(0))
	check(err)
	p, err := kehoach.Read(src, flag.Arg(0))
	check(err)
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		check(err)
		check(pprof.StartCPUProfile(f))
		defer pprof.StopCPUProfile()
	}
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	start, cpu0, gc0 := time.Now(), cpuTime(), gcTime()
	next := make(chan int)
	var wg sync.WaitGroup
	for range *workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range next {
				for _, f := range strings.Split(*formats, ",") {
					var buf bytes.Buffer
					check(kehoach.Render(&buf, p, f))
				}
			}
		}()
	}
	for i := range *n {
		next <- i
	}
	close(next)
	wg.Wait()
	wall, cpu, gcCPU := time.Since(start), cpuTime()-cpu0, gcTime()-gc0
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	fmt.Printf("%d plans (%s), %d at once: %.2f s, processor %.2f s (GC %.0f%%), %.1f MB allocated per plan, peak resident %d MB, %d GC cycles\n",
		*n, *formats, *workers, wall.Seconds(), cpu.Seconds(), 100*gcCPU/cpu.Seconds(),
		float64(after.TotalAlloc-before.TotalAlloc)/float64(*n)/1e6, peakRSS()>>10, after.NumGC-before.NumGC)
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// cpuTime returns the processor time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// gcTime returns the processor seconds the garbage collector has used,
// its marking on otherwise idle processors left out.
func gcTime() float64 {
	s := []metrics.Sample{{Name: "/cpu/classes/gc/total:cpu-seconds"}, {Name: "/cpu/classes/gc/mark/idle:cpu-seconds"}}
	metrics.Read(s)
	return s[0].Value.Float64() - s[1].Value.Float64()
}

// peakRSS returns the process's peak resident memory in KB (Linux).
func peakRSS() int64 {
	b, _ := os.ReadFile("/proc/self/status")
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			var kb int64
			fmt.Sscan(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), &kb)
			return kb
		}
	}
	return 0
}
