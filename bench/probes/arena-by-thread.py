# Whose memory each glibc arena holds, and whether it is live: runs digitise over a memory-bench inbox and every
# EVERY seconds pauses it under gdb (needs gdb and libc6-dbg) to read each thread's arena (`thread_arena`), its stack,
# and malloc_stats()'s in-use bytes per arena, alongside /proc/PID/smaps (resident memory by kind of mapping).
# In-use close to resident means the arena holds live allocations, not freed holes. From the repository:
#   python3 bench/probes/arena-by-thread.py N [EVERY] [COUNT]
# The run is stopped after COUNT snapshots. (The binary is $DIGITISE or .build/release/digitise, extra environment in $EXTRA_ENV as NAME=VALUE[,NAME=VALUE];
# the inbox is bench/work/memory/inbox-N, made by `digitise-bench memory`).
import os, re, subprocess, sys, time

import smaps

n = sys.argv[1]
every = float(sys.argv[2]) if len(sys.argv) > 2 else 15
count = int(sys.argv[3]) if len(sys.argv) > 3 else 10
here = os.path.dirname(os.path.abspath(__file__))
archive, stderr_path = f"/tmp/arena-by-thread-{n}", f"/tmp/arena-by-thread-{n}.stderr"
subprocess.run(["rm", "-rf", archive])
env = dict(os.environ, OMP_THREAD_LIMIT="1")
for pair in filter(None, os.environ.get("EXTRA_ENV", "").split(",")):
    name, value = pair.split("=", 1)
    env[name] = value
stderr = open(stderr_path, "w")
run = subprocess.Popen([os.environ.get("DIGITISE", ".build/release/digitise"), "run", f"bench/work/memory/inbox-{n}",
                        "--archive", archive, "--quiet"], env=env, stdout=subprocess.DEVNULL, stderr=stderr)

def resident_by_kind(pid):
    """Resident KB by kind (arenas, anonymous, files, heap, other), and each arena heap's by its base address."""
    kinds, arenas = {}, {}
    for kind, start, _, rss in smaps.mappings(pid):
        if kind == "arena":
            arenas[start] = rss
            kind = "arenas"
        else:
            kind = {"main-heap": "heap", "files": "files", "anonymous": "anonymous"}.get(kind, "other")
        kinds[kind] = kinds.get(kind, 0) + rss
    return kinds, arenas

def role(stack):
    """What a thread is doing, from its stack (Swift names are mangled; PageProcessor's two steps name the stage)."""
    if "PageProcessorV4read" in stack: return "OCR worker, reading"
    if "PageProcessorV7prepare" in stack: return "normalise worker"
    if "HandOff" in stack: return "OCR worker, waiting" if "take" in stack else "normalise worker, waiting"
    if "CatalogWriter" in stack or "sqlite3" in stack: return "catalog"
    return "other: " + re.sub(r"^#0\s+(0x[0-9a-f]+ in )?", "", stack.split("\n")[0])[:50]

for snapshot in range(1, count + 1):
    time.sleep(every)
    if run.poll() is not None: break
    before = os.path.getsize(stderr_path)
    gdb = subprocess.Popen(["gdb", "-p", str(run.pid), "-batch", "-x", f"{here}/arena-by-thread.gdb"],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    time.sleep(1.5)  # gdb has the process paused by now: the mappings are read at the same moment
    kinds, arenas = resident_by_kind(run.pid)
    out = gdb.communicate()[0]
    time.sleep(0.3)
    with open(stderr_path) as f:
        f.seek(before)
        stats = f.read()
    in_use = [int(m.group(1)) for m in re.finditer(r"in use bytes\s+=\s+(\d+)", stats)]
    order = [m.group(1) for m in re.finditer(r"ARENA \d+ ([0-9a-f]+) system_mem", out)]
    pages = subprocess.run(["sqlite3", f"{archive}/catalog.sqlite", "SELECT count(*) FROM pages WHERE status IN ('done','blank')"],
                           capture_output=True, text=True).stdout.strip()
    print(f"== {snapshot * every:.0f} s, {pages} pages: resident MiB " +
          " ".join(f"{k} {v / 1024:.0f}" for k, v in sorted(kinds.items())) + f", total {sum(kinds.values()) / 1024:.0f}")
    for m in re.finditer(r"\nThread (\d+) \(Thread[^\n]*\n\$\d+ = 0x([0-9a-f]+)", out):
        thread, arena = m.group(1), m.group(2)
        stack = re.search(rf"\nThread {thread} \(Thread[^\n]*\n((?:#[^\n]*\n?)+)", out[m.end():])
        index = order.index(arena) if arena in order else -1
        used = in_use[index] / 2**20 if 0 <= index < len(in_use) else 0
        resident = arenas.get(int(arena, 16) & ~(smaps.ARENA_HEAP - 1), 0) / 1024
        print(f"   thread {thread:>3}: arena in use {used:5.1f} MiB, resident {resident:5.1f}  {role(stack.group(1) if stack else '')}")
run.kill()
