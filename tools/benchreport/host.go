package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"
)

// runningHost is bin/reachlab serving on a free loopback port.
type runningHost struct {
	URL string
	cmd *exec.Cmd
}

func startHost() (*runningHost, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	addr := ln.Addr().String()
	ln.Close()
	cmd := exec.Command("./bin/reachlab", "-addr", addr)
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting bin/reachlab (run make build first): %w", err)
	}
	lines := bufio.NewScanner(out)
	timer := time.AfterFunc(20*time.Second, func() { cmd.Process.Kill() })
	defer timer.Stop()
	for lines.Scan() {
		if _, url, ok := strings.Cut(lines.Text(), "serving on "); ok {
			go io.Copy(io.Discard, out)
			return &runningHost{URL: url, cmd: cmd}, nil
		}
	}
	return nil, fmt.Errorf("bin/reachlab did not start")
}

func (h *runningHost) stop() {
	h.cmd.Process.Signal(syscall.SIGTERM)
	h.cmd.Wait()
}
