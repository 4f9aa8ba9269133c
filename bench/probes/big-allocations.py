# Ranks the call stacks big-allocations.c recorded (the largest file of /tmp/big-allocations-*.txt: the run itself,
# not the re-exec that sets OMP_THREAD_LIMIT) by bytes allocated and names their frames.
#   python3 bench/probes/big-allocations.py BINARY [SITES]
import glob, os, re, subprocess, sys

binary = sys.argv[1]
shown = int(sys.argv[2]) if len(sys.argv) > 2 else 15
path = max(glob.glob("/tmp/big-allocations-*.txt"), key=os.path.getsize)
sites, current = [], None
for line in open(path):
    if line.startswith("SITE"):
        current = [int(re.search(r"count=(\d+)", line)[1]), int(re.search(r"bytes=(\d+)", line)[1]), []]
        sites.append(current)
    else:
        current[2].append(line.strip())


def name(frame):
    symbol = re.search(r"\(([^+)]*)\+(0x[0-9a-f]+)\)", frame)
    if symbol and symbol[1]:
        text = symbol[1]
    elif symbol and os.path.basename(frame.split("(")[0]) == os.path.basename(binary):
        text = subprocess.run(["addr2line", "-f", "-e", binary, symbol[2]], capture_output=True, text=True).stdout.split("\n")[0]
    else:
        return frame
    demangler = ["swift", "demangle", "--simplified"] if text.startswith("$s") else ["c++filt"]
    return subprocess.run(demangler + [text], capture_output=True, text=True).stdout.strip()


total = sum(s[1] for s in sites)
print(f"{path}: {sum(s[0] for s in sites)} allocations of 1 MiB or more, {total / 2**20:.0f} MiB, {len(sites)} call stacks")
for count, size, frames in sorted(sites, key=lambda s: -s[1])[:shown]:
    print(f"{count} x {size / count / 2**20:.2f} MiB ({100 * size / total:.1f}% of the bytes)")
    for frame in frames[:7]:
        print("    " + name(frame)[:140])
