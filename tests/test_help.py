#!/usr/bin/env python3
"""Help for every command, the same everywhere it is shown:

  * every command usage.txt lists has docs/help/CMD.txt, and every such
    file is a command usage.txt lists (lookup is the PROVISION form);
  * `csquery help CMD`, `csquery CMD --help` and `csquery --help CMD` print
    that file byte for byte, exit 0; `csquery --help` and `csquery help`
    print usage.txt; an unknown command's help is exit 2;
  * each text has its usage line and examples, and every option its
    Options list names is one the command accepts;
  * the manual page csquery(1), made from the same texts, has every
    command and every option, and groff reads it without a warning;
  * the bash and zsh completions know every command and every option, and
    bash completes commands, options and option values.

Run by ctest as:
    python3 tests/test_help.py CSQUERY_BINARY SOURCE_DIR MANUAL_PAGE
"""
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checklist import Checklist  # noqa: E402

CHECKS = Checklist()
check = CHECKS.check


def fail_setup(message):
    print("FAIL: " + message)
    print("0 passed, 1 failed")
    sys.exit(1)


def run(binary, args):
    env = {k: v for k, v in os.environ.items() if k not in ("PAGER", "CSQUERY_PAGER")}
    env["XDG_DATA_HOME"] = "/nonexistent-csquery-help-test"
    p = subprocess.run([binary] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       stdin=subprocess.DEVNULL, env=env, timeout=60)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def usage_commands(usage):
    """The commands usage.txt's synopsis names: csquery [OPTIONS] CMD …"""
    found = []
    for line in usage.splitlines():
        m = re.match(r"^(?:usage:)?\s+csquery (?:\[OPTIONS\] )?([a-z][a-z-]*)\b", line)
        if m and m.group(1) not in found:
            found.append(m.group(1))
    return found


def sections(text):
    """{section name: [its lines]} of a help text."""
    out, current = {}, None
    for line in text.splitlines():
        if re.match(r"^[A-Z][A-Za-z ]*:$", line):
            current = line[:-1]
            out[current] = []
        elif current is not None:
            out[current].append(line)
    return out


def options_of(text):
    """Each option of the Options section: (spellings, the name of its value or None)."""
    found = []
    for line in sections(text).get("Options", []):
        m = re.match(r"^ {2,6}(-[^ ].*?)(?:  |$)", line)
        if not m:
            continue
        term = m.group(1)
        names = re.findall(r"(--?[a-zA-Z][a-zA-Z-]*)", term)
        # "--level L", "-f, --file FILE": a word after the last name is its value;
        # --color[=WHEN] takes one only as --color=WHEN.
        value = re.search(r"--?[a-zA-Z-]+ ([A-Z]+)", term)
        found.append((names, value.group(1) if value else None))
    return found


def check_texts(binary, help_dir, commands):
    usage = read(os.path.join(help_dir, "usage.txt"))
    for args in (["--help"], ["help"], ["-h"]):
        status, out, err = run(binary, args)
        check("csquery %s prints usage.txt" % " ".join(args), status == 0 and out == usage and not err,
              "exit %d, %r" % (status, out[:80]))
    for cmd in commands:
        text = read(os.path.join(help_dir, cmd + ".txt"))
        forms = [["help", cmd], ["--help", cmd]]
        forms.append(["第4條", "--help"] if cmd == "lookup" else [cmd, "--help"])
        for args in forms:
            status, out, err = run(binary, args)
            check("csquery %s prints docs/help/%s.txt" % (" ".join(args), cmd),
                  status == 0 and out == text and not err, "exit %d, %r %r" % (status, out[:80], err))
        first = text.splitlines()[0]
        check("%s.txt opens with its usage line" % cmd,
              first.startswith("usage: csquery") and (cmd == "lookup" or cmd in first), first)
        examples = [l.strip() for l in sections(text).get("Examples", []) if l.startswith("  csquery")]
        check("%s.txt has examples" % cmd, len(examples) >= 2, repr(examples))
        check("%s.txt says what it does (a description)" % cmd,
              len([l for l in text.splitlines() if l and not l.startswith(" ")]) >= 4, text[:100])
        for names, value in options_of(text):
            for name in names:
                if name in ("-h", "--help"):
                    continue
                sample = {"--actor-match": "contains", "--modality": "shall", "--format": "rules",
                          "--level": "法律"}.get(name, "1" if value == "N" else "x")
                args = ([cmd] if cmd not in ("lookup", "help") else []) + [name] + \
                    ([sample] if value else []) + ["--help"]
                status, out, err = run(binary, args)
                check("%s: %s is an option csquery takes" % (cmd, name), status == 0 and not err,
                      "csquery %s: exit %d, %s" % (" ".join(args), status, err.strip()))
    status, out, err = run(binary, ["help", "nosuch"])
    check("csquery help nosuch: exit 2, says so", status == 2 and "nosuch" in err and not out, err)


def check_manual(manual, help_dir, commands):
    if not os.path.isfile(manual):
        check("the manual page %s is built" % manual, False)
        return
    p = subprocess.run(["groff", "-k", "-man", "-Tutf8", "-ww", "-z", manual],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    check("groff reads csquery.1 without a warning", p.returncode == 0 and not p.stderr,
          p.stderr.decode()[:300])
    p = subprocess.run(["groff", "-k", "-man", "-Tutf8", "-P-cbou", manual],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    shown = p.stdout.decode("utf-8", "replace")
    flat = " ".join(shown.split())
    for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS", "ENVIRONMENT",
                    "EXIT STATUS", "SEE ALSO"]:
        check("csquery(1) has %s" % section, "\n" + section + "\n" in shown)
    source = read(manual)
    for cmd in commands:
        text = read(os.path.join(help_dir, cmd + ".txt"))
        check("csquery(1) has the command %s" % cmd,
              ".SS %s\n" % cmd.replace("-", "\\-") in source)
        usage_line = " ".join(text.splitlines()[0][len("usage: "):].split())
        examples = [" ".join(l.split("  ")[0].split()) for l in sections(text).get("Examples", [])
                    if l.startswith("  csquery")]
        missing = [s for s in [usage_line] + examples if s not in flat]
        check("csquery(1) shows %s's usage and examples as typed" % cmd, not missing, repr(missing))
        for names, _ in options_of(text):
            check("csquery(1) shows %s's option %s" % (cmd, names[-1]),
                  names[-1] in flat)


def bash_complete(script, line):
    """What bash completes for `line` (the last word being completed)."""
    words = line.split(" ")
    program = 'source "$1"; COMP_WORDS=(%s); COMP_CWORD=%d; _csquery; printf "%%s\\n" "${COMPREPLY[@]}"' % (
        " ".join("'%s'" % w for w in words), len(words) - 1)
    p = subprocess.run([shutil.which("bash"), "-c", program, "bash", script], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, env=dict(os.environ, PATH="/nonexistent"))
    return sorted(x for x in p.stdout.decode().splitlines() if x), p.stderr.decode()


def check_completions(source_dir, help_dir, commands):
    bash = os.path.join(source_dir, "completions", "csquery.bash")
    zsh = os.path.join(source_dir, "completions", "_csquery")
    texts = {c: read(os.path.join(help_dir, c + ".txt")) for c in commands + ["usage"]}
    options = sorted({n for t in texts.values() for names, _ in options_of(t) for n in names
                      if n.startswith("--")})
    for path in (bash, zsh):
        script = read(path)
        missing = [c for c in commands if c != "lookup" and not re.search(r"\b%s\b" % c, script)]
        check("%s knows every command" % os.path.basename(path), not missing, repr(missing))
        missing = [o for o in options if o not in script]
        check("%s knows every option (%d)" % (os.path.basename(path), len(options)), not missing,
              repr(missing))
    cases = [
        ("csquery se", ["search"]),
        ("csquery ", sorted(c for c in commands if c != "lookup")),
        ("csquery search --l", ["--law", "--level", "--limit"]),
        ("csquery --db x.db obligations --modality s", ["shall", "shall_not"]),
        ("csquery --color = a", ["always", "auto"]),
        ("csquery search --level ", ["命令", "憲法", "法律"]),
        ("csquery help o", ["obligations"]),
        ("csquery refs --d", ["--dangling", "--db"]),
    ]
    for line, want in cases:
        got, err = bash_complete(bash, line)
        check("bash completes %r" % line, got == want and not err, "got %r %s" % (got, err))
    zsh_bin = shutil.which("zsh")
    check("zsh is installed (tools/setup.sh)", zsh_bin is not None)
    if zsh_bin:
        p = subprocess.run([zsh_bin, "-n", zsh], stderr=subprocess.PIPE)
        check("zsh reads _csquery (zsh -n)", p.returncode == 0, p.stderr.decode())


def main(argv):
    if len(argv) != 4:
        fail_setup("usage: test_help.py CSQUERY_BINARY SOURCE_DIR MANUAL_PAGE")
    binary, source_dir, manual = argv[1:]
    help_dir = os.path.join(source_dir, "docs", "help")
    usage = read(os.path.join(help_dir, "usage.txt"))
    listed = usage_commands(usage)
    commands = ["lookup"] + listed
    files = sorted(f[:-4] for f in os.listdir(help_dir) if f.endswith(".txt") and f != "usage.txt")
    check("every command usage.txt lists has docs/help/CMD.txt",
          all(c in files for c in commands), "listed %r, files %r" % (commands, files))
    check("every docs/help/CMD.txt is a command usage.txt lists",
          all(f in commands for f in files), "listed %r, files %r" % (commands, files))
    commands = [c for c in commands if c in files]
    check_texts(binary, help_dir, commands)
    check_manual(manual, help_dir, commands)
    check_completions(source_dir, help_dir, commands)
    return CHECKS.summary()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
