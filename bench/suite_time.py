"""How long the test suite takes, phase by phase, and how much processor time it needs.

Runs a build command (by default ./mvnw -B verify; give another after the script's name,
such as bash .ci/run) with its output kept in target/suite-time.log, and prints for each
Maven step that took 5 s or more: its wall time, the tests it ran and how many of the
machine's cores were busy meanwhile. Then the totals: wall time, processor time (user and
system) of the command and every process it waited for, and the shortest wall time that
processor time allows on this machine's cores even if every phase kept them all busy.

    python3 bench/suite_time.py [command...]
"""

import os
import re
import resource
import subprocess
import sys
import threading
import time

STEP = re.compile(r"^\[INFO\] --- ([\w.-]+):[\w.-]+:([\w.-]+) \(([\w.-]+)\) @")
SUMMARY = re.compile(r"^\[(?:INFO|ERROR|WARNING)\] Tests run: (\d+), Failures: (\d+), Errors: (\d+), Skipped: (\d+)$")


def busy_jiffies():
	"""Jiffies the whole machine spent busy (all but idle and iowait), and in all."""
	with open("/proc/stat") as stat:
		fields = [int(value) for value in stat.readline().split()[1:9]]
	return sum(fields) - fields[3] - fields[4], sum(fields)


class Steps:
	"""Maven steps in the order they ran, each with its wall time, busy time and tests."""

	def __init__(self):
		self.lock = threading.Lock()
		self.steps = [{"name": "start", "began": time.monotonic(), "busy": 0, "total": 0, "tests": []}]

	def begin(self, name):
		with self.lock:
			self.steps.append({"name": name, "began": time.monotonic(), "busy": 0, "total": 0, "tests": []})

	def add_load(self, busy, total):
		with self.lock:
			self.steps[-1]["busy"] += busy
			self.steps[-1]["total"] += total

	def add_tests(self, counts):
		with self.lock:
			self.steps[-1]["tests"].append(counts)


def sample(steps, stop):
	before = busy_jiffies()
	while not stop.wait(0.5):
		now = busy_jiffies()
		steps.add_load(now[0] - before[0], now[1] - before[1])
		before = now


def main():
	command = sys.argv[1:] or ["./mvnw", "-B", "verify"]
	cores = os.cpu_count()
	os.makedirs("target", exist_ok=True)
	steps = Steps()
	stop = threading.Event()
	sampler = threading.Thread(target=sample, args=(steps, stop), daemon=True)
	sampler.start()
	started = time.monotonic()
	with open("target/suite-time.log", "w") as log:
		build = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
		for line in build.stdout:
			log.write(line)
			line = line.rstrip("\n")
			step = STEP.match(line)
			if step:
				steps.begin("%s:%s (%s)" % step.groups())
			summary = SUMMARY.match(line)
			if summary:
				steps.add_tests(tuple(int(count) for count in summary.groups()))
		status = build.wait()
	ended = time.monotonic()
	stop.set()
	sampler.join()
	children = resource.getrusage(resource.RUSAGE_CHILDREN)
	processor = children.ru_utime + children.ru_stime

	print("command: %s (exit status %d; its output is in target/suite-time.log)" % (" ".join(command), status))
	print("%-58s %8s %7s  %s" % ("step", "wall s", "cores", "tests run (failures, errors, skipped)"))
	rows = steps.steps
	for index, step in enumerate(rows):
		until = rows[index + 1]["began"] if index + 1 < len(rows) else ended
		wall = until - step["began"]
		if wall < 5 and not step["tests"]:
			continue
		load = cores * step["busy"] / step["total"] if step["total"] else 0
		tests = ", ".join("%d (%d, %d, %d)" % counts for counts in step["tests"])
		print("%-58s %8.1f %7.2f  %s" % (step["name"][:58], wall, load, tests))
	wall = ended - started
	print()
	print("wall time: %.1f s" % wall)
	print("processor time of the build and the processes it waited for: %.1f s (user %.1f, system %.1f)"
		% (processor, children.ru_utime, children.ru_stime))
	print("on %d cores that processor time needs at least %.1f s of wall time, were every core busy"
		" throughout; the run kept %.2f cores busy on average" % (cores, processor / cores, processor / wall))
	sys.exit(status)


if __name__ == "__main__":
	main()
