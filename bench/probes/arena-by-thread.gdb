# gdb commands for bench/probes/arena-by-thread.py: each thread's glibc arena and stack, the arena list with its sizes, and
# malloc_stats() (which prints each arena's system and in-use bytes to the paused process's standard error).
set pagination off
set print thread-events off
thread apply all p/x (unsigned long) thread_arena
thread apply all bt 25
set $a = &main_arena
set $i = 0
while $i < 20
  printf "ARENA %d %lx system_mem %lu\n", $i, (unsigned long)$a, (unsigned long)$a->system_mem
  set $a = $a->next
  set $i = $i + 1
  if $a == &main_arena
    loop_break
  end
end
call (void) malloc_stats()
detach
quit
