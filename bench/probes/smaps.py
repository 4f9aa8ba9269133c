# A process's resident memory by mapping, from /proc/PID/smaps: what rss-by-arena.py and arena-by-thread.py share.
import re

ARENA_HEAP = 64 << 20  # glibc's thread-arena heaps are anonymous mappings of this size, aligned to it


def mappings(pid):
    """Every mapping as (kind, start address, mapped KB, resident KB). kind is "arena" (a glibc thread-arena heap),
    "main-heap", "files", "anonymous" (any other anonymous mapping: malloc's large chunks, the image shelf's), or the
    kernel's own name ([stack], [vdso], ...)."""
    found, current = [], None
    with open(f"/proc/{pid}/smaps") as f:
        for line in f:
            m = re.match(r"^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \d+\s*(.*)$", line)
            if m:
                start, end, name = int(m.group(1), 16), int(m.group(2), 16), m.group(3).strip()
                kind = ("main-heap" if name == "[heap]" else "files" if name.startswith("/") else name if name
                        else "arena" if start % ARENA_HEAP == 0 else "anonymous")
                current = [kind, start, (end - start) // 1024, 0]
                found.append(current)
            elif line.startswith("Rss:") and current:
                current[3] += int(line.split()[1])
    return [tuple(m) for m in found]
