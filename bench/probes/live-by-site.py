# What stays live, by allocation site, early in a run against late in it: reads heaptrack's recorded file
# (heaptrack -o F BIN run ...; then this on F.zst) and keeps, for every allocation site, its live bytes at snapshots
# taken every STEP seconds. A site's lowest figure over a window is what it holds through that window (its lasting
# part, not a page's passing buffers). Prints the live total at every snapshot, the sites whose lasting part differs
# most between an early window and a late one, and the sites holding the snapshot with the most live bytes.
#
#   python3 bench/probes/live-by-site.py F.zst STEP EARLY_FROM EARLY_TO LATE_FROM LATE_TO [ROWS]
#
# Times are seconds from the start of the run (heaptrack's clock). A site is named by its first frames outside the
# allocator (malloc, operator new, Swift's allocation entry points), three deep.
import collections
import subprocess
import sys

path, step = sys.argv[1], float(sys.argv[2])
early = (float(sys.argv[3]), float(sys.argv[4]))
late = (float(sys.argv[5]), float(sys.argv[6]))
rows = int(sys.argv[7]) if len(sys.argv) > 7 else 25

strings = [""]          # 1-based
ips = [None]            # 1-based: function string index or 0
traces = [(0, 0)]       # 1-based: (ip index, parent trace index)
infos = []              # 0-based: (size, trace index)
live = []               # live bytes by allocation info
snapshots = []          # (seconds, {info: bytes}) as sparse copies

reader = subprocess.Popen(["zstd", "-dc", path], stdout=subprocess.PIPE, text=True, errors="replace", bufsize=1 << 20)
next_snapshot = step
now = 0.0
for line in reader.stdout:
    kind = line[0]
    if kind == "+":
        i = int(line[2:], 16)
        live[i] += infos[i][0]
    elif kind == "-":
        i = int(line[2:], 16)
        live[i] -= infos[i][0]
    elif kind == "a":
        _, size, trace = line.split()
        infos.append((int(size, 16), int(trace, 16)))
        live.append(0)
    elif kind == "t":
        _, ip, parent = line.split()
        traces.append((int(ip, 16), int(parent, 16)))
    elif kind == "i":
        parts = line.split()
        ips.append(int(parts[3], 16) if len(parts) > 3 else 0)
    elif kind == "s":
        parts = line.rstrip("\n").split(" ", 2)
        strings.append(parts[2] if len(parts) > 2 else parts[1])
    elif kind == "c":
        now = int(line[2:], 16) / 1000
        while now >= next_snapshot:
            snapshots.append((next_snapshot, {i: b for i, b in enumerate(live) if b}))
            next_snapshot += step

ALLOCATOR = ("malloc", "calloc", "realloc", "operator new", "swift_slowAlloc", "swift_allocObject", "swift_alloc",
             "posix_memalign", "aligned_alloc", "heaptrack", "_Znwm", "_Znam", "__libc", "allocateImageData")


def site(trace_index):
    frames = []
    while trace_index and len(frames) < 3:
        ip, trace_index = traces[trace_index]
        name = strings[ips[ip]] if ip < len(ips) and ips[ip] else "?"
        if not frames and any(a in name for a in ALLOCATOR):
            continue
        frames.append(name[:70])
    return " < ".join(frames) or "?"


by_site = collections.defaultdict(lambda: collections.defaultdict(int))  # site -> snapshot index -> bytes
site_of = {}
for n, (_, snap) in enumerate(snapshots):
    for i, b in snap.items():
        s = site_of.get(i)
        if s is None:
            s = site_of[i] = site(infos[i][1])
        by_site[s][n] += b


def window(w):
    return [n for n, (t, _) in enumerate(snapshots) if w[0] <= t <= w[1]]


e, l = window(early), window(late)
totals = [sum(s.values()) for _, s in snapshots]
print(f"{len(snapshots)} snapshots every {step} s over {now:.0f} s; early {early} = {len(e)}, late {late} = {len(l)}")
print("live MiB at the snapshots:", " ".join(f"{t:.0f}:{v / 2**20:.0f}" for (t, _), v in zip(snapshots, totals)))


def lasting(s, w):
    """What site s held through every snapshot of window w."""
    return min((by_site[s].get(n, 0) for n in w), default=0)


def peak(s, w):
    return max((by_site[s].get(n, 0) for n in w), default=0)


print(f"lasting (lowest over the window) total: early {sum(lasting(s, e) for s in by_site) / 2**20:.1f} MiB, "
      f"late {sum(lasting(s, l) for s in by_site) / 2**20:.1f} MiB")
print("lasting early MiB\tlasting late MiB\tdifference\thighest late MiB\tsite")
ranked = sorted(by_site, key=lambda s: -abs(lasting(s, l) - lasting(s, e)))
for s in ranked[:rows]:
    a, b = lasting(s, e), lasting(s, l)
    print(f"{a / 2**20:.2f}\t{b / 2**20:.2f}\t{(b - a) / 2**20:+.2f}\t{peak(s, l) / 2**20:.2f}\t{s}")

# The snapshot with the most live bytes: which sites hold it, and how far above their lasting part each one is.
top = max(range(len(snapshots)), key=lambda n: totals[n])
print(f"\nlargest snapshot: {snapshots[top][0]:.0f} s, {totals[top] / 2**20:.1f} MiB live; its sites, largest first")
print("MiB at it\tlasting late MiB\tsite")
for s in sorted(by_site, key=lambda s: -by_site[s].get(top, 0))[:rows]:
    print(f"{by_site[s].get(top, 0) / 2**20:.2f}\t{lasting(s, l) / 2**20:.2f}\t{s}")
