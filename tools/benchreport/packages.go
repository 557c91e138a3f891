package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// measurePackageSizes prints, for every wasm binary in web/, what each Go
// package adds to it (tools/wasmsize, from an unstripped build of the same
// target). The target of web/NAME.wasm is read from its Makefile rule.
func measurePackageSizes() error {
	files, err := filepath.Glob("web/*.wasm")
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no web/*.wasm: run make build first")
	}
	targets := wasmTargets("Makefile")
	for _, f := range files {
		target := targets[f]
		if target == "" {
			return fmt.Errorf("no Makefile rule builds %s from a Go package", f)
		}
		cmd := exec.Command("go", "run", "./tools/wasmsize", "-build", target, "-title", f, "-release", f)
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("wasmsize %s: %v", f, err)
		}
	}
	return nil
}

// wasmTargets reads the Makefile's rules for web/*.wasm and returns, for each
// file, the package its recipe builds: the last word of a line with
// "go build" or "$(GO) build" and "-o $@".
func wasmTargets(makefile string) map[string]string {
	targets := map[string]string{}
	f, err := os.Open(makefile)
	if err != nil {
		return targets
	}
	defer f.Close()
	rule := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "\t") {
			rule = ""
			if name, _, ok := strings.Cut(line, ":"); ok && strings.HasPrefix(name, "web/") && strings.HasSuffix(name, ".wasm") {
				rule = name
			}
			continue
		}
		if rule != "" && strings.Contains(line, " build ") && strings.Contains(line, "-o $@") {
			words := strings.Fields(line)
			targets[rule] = words[len(words)-1]
		}
	}
	return targets
}
