# Where a run's resident memory is, by mapping: glibc arena heaps (64 MiB-aligned), the main heap, files, other
# anonymous mappings. Samples /proc/PID/smaps every 0.25 s and prints the sample with the largest total. From the
# repository: python3 bench/probes/rss-by-arena.py N [EVERY]
# (the binary is $DIGITISE or .build/release/digitise; the inbox is $INBOX or bench/work/memory/inbox-N, made by
# `digitise-bench memory`). With EVERY (seconds) it also prints a line that often while the run goes: pages finished,
# total resident MiB, the largest total so far, the arenas' and the main heap's share, each arena as mapped/resident.
import sys, time, os, subprocess
import smaps
n = sys.argv[1]
every = float(sys.argv[2]) if len(sys.argv) > 2 else None
arch = f"/tmp/rss-by-arena-archive-{n}"
subprocess.run(["rm", "-rf", arch])
env = dict(os.environ, OMP_THREAD_LIMIT="1")
inbox = os.environ.get("INBOX", f"bench/work/memory/inbox-{n}")
p = subprocess.Popen([os.environ.get("DIGITISE", ".build/release/digitise"), "run", inbox, "--archive", arch, "--quiet"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
best = None
def sample(pid):
    """Resident KB by mapping: each arena heap as arena@ADDRESS/MAPPED-MiB, then main-heap, files, anon-mmap."""
    cats = {}
    try:
        for kind, start, size, rss in smaps.mappings(pid):
            key = "arena@%x/%dM" % (start, size >> 10) if kind == "arena" else "anon-mmap" if kind == "anonymous" else kind
            cats[key] = cats.get(key, 0) + rss
    except Exception:
        return None
    return cats
def pages_finished():
    query = "SELECT count(*) FROM pages WHERE status != 'pending'"
    try:
        return subprocess.run(["sqlite3", arch + "/catalog.sqlite", query], capture_output=True, text=True, timeout=5).stdout.strip()
    except Exception:
        return "?"
started, printed = time.time(), None
while p.poll() is None:
    c = sample(p.pid)
    if c:
        tot = sum(c.values())
        if best is None or tot > best[0]: best = (tot, c)
        now = time.time() - started
        if every and (printed is None or now - printed >= every):
            arenas = {k: v for k, v in c.items() if k.startswith("arena@")}
            print(f"{now:5.0f} s  pages {pages_finished():>5}  total {tot // 1024}  largest {best[0] // 1024}  arenas {sum(arenas.values()) // 1024}"
                  f" ({' '.join(k.split('/')[1] + '/' + str(v // 1024) for k, v in arenas.items())})  main-heap {c.get('main-heap', 0) // 1024}", flush=True)
            printed = now
    time.sleep(0.25)
tot, c = best
print(n, "peak total", tot // 1024, "MiB:", ", ".join(f"{k} {v//1024}" for k, v in sorted(c.items(), key=lambda kv: -kv[1]) if v > 1024))
