# A run's resident memory over time, every 10 ms: when its peak happens and whether it is a level or a spike.
#
#   python3 bench/probes/rss-series.py OUT.tsv .build/release/digitise run INBOX --archive EMPTY --quiet
#
# Writes seconds, VmRSS, RssAnon, RssFile and VmHWM (KB) from /proc/PID/status, one line a sample, for the process
# with the largest resident memory among the command and its children (the CLI may start itself again). status, not
# smaps as in rss-by-arena.py: reading every mapping takes too long to sample every 10 ms.
# OMP_THREAD_LIMIT=1 as in the benches. Summarise with awk, e.g. the lowest, mean and highest of every 4 s:
#   awk -F'\t' '{w=int($1/4); if(!(w in mx)||$2>mx[w])mx[w]=$2; if(!(w in mn)||$2<mn[w])mn[w]=$2; s[w]+=$2; n[w]++}
#     END{for(w in n) printf "%d %d %d %d\n", w*4, mn[w]/1024, s[w]/n[w]/1024, mx[w]/1024}' OUT.tsv | sort -n
import os
import subprocess
import sys
import time

out = open(sys.argv[1], "w")
process = subprocess.Popen(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           env=dict(os.environ, OMP_THREAD_LIMIT="1"))
started = time.time()
while process.poll() is None:
    try:
        children = open(f"/proc/{process.pid}/task/{process.pid}/children").read().split()
        largest = None
        for pid in [process.pid] + [int(c) for c in children]:
            fields = {}
            for line in open(f"/proc/{pid}/status"):
                if line.startswith(("VmRSS", "RssAnon", "RssFile", "VmHWM")):
                    key, value = line.split(":")
                    fields[key] = int(value.split()[0])
            if "VmRSS" in fields and (largest is None or fields["VmRSS"] > largest["VmRSS"]):
                largest = fields
        if largest:
            out.write(f"{time.time() - started:.3f}\t{largest['VmRSS']}\t{largest['RssAnon']}\t{largest['RssFile']}\t{largest['VmHWM']}\n")
    except (FileNotFoundError, ProcessLookupError):
        pass  # between a child's exit and the parent's
    time.sleep(0.01)
