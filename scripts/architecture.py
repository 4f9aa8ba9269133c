#!/usr/bin/env python3
"""Prints the module import graph and the largest types (lines and methods, declaration plus extensions).

Used for the architecture's before/after figures; approximate braces (string literals holding braces are skipped
only for simple one-line cases), good enough to rank types."""
import os, re, sys, collections

root = sys.argv[1] if len(sys.argv) > 1 else "Sources"
imports = collections.defaultdict(set)
modules = sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d)))
decl = re.compile(r'^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|package|internal|private|fileprivate|final|open|indirect)\s+)*'
                  r'(struct|class|enum|protocol|actor|extension)\s+([A-Za-z_][\w.]*)')
sizes = collections.defaultdict(lambda: [0, 0])  # type -> [lines, methods]
for module in modules:
    for dirpath, _, files in os.walk(os.path.join(root, module)):
        for f in files:
            if not f.endswith(".swift"):
                continue
            lines = open(os.path.join(dirpath, f), encoding="utf-8").read().split("\n")
            for line in lines:
                m = re.match(r'^\s*(?:@\w+\s+)?(?:(?:public|package|internal|private|fileprivate|@_implementationOnly|@preconcurrency)\s+)*import\s+(?:(?:struct|class|enum|func|protocol|typealias)\s+)?(\w+)', line)
                if m:
                    imports[module].add(m.group(1))
            depth, current, start = 0, None, 0
            for i, line in enumerate(lines):
                code = re.sub(r'"(?:[^"\\]|\\.)*"', '""', line.split("//")[0])
                if current is None and depth == 0:
                    m = decl.match(code)
                    if m:
                        current, start = m.group(2).split(".")[0], i
                if current is not None and depth == 1 and re.search(r'\bfunc\b|\binit\b\s*[(<?]', code) and not code.strip().startswith("//"):
                    sizes[current][1] += 1
                depth += code.count("{") - code.count("}")
                if current is not None and depth == 0 and "}" in code:
                    sizes[current][0] += i - start + 1
                    current = None
local = set(modules)
print("Import graph (module -> project modules it imports; external in brackets):")
for module in modules:
    if module.startswith("C") and module[1:2].isupper():
        continue
    ours = sorted(m for m in imports[module] if m in local)
    theirs = sorted(m for m in imports[module] if m not in local)
    print(f"  {module}: {', '.join(ours) or '-'}  [{', '.join(theirs)}]")
print("\nLargest types (lines including extensions, methods and initialisers):")
for name, (n, m) in sorted(sizes.items(), key=lambda kv: -kv[1][0])[:12]:
    print(f"  {name:32} {n:5} lines {m:4} methods")
