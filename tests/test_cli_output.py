#!/usr/bin/env python3
"""The command line's output policy, as a user meets it:

  * --json on every command gives one JSON document on stdout that
    validates against its schema in docs/schema/ (laws and import included);
  * under --json every error is one line of JSON on stderr
    (docs/schema/csquery-error.schema.json) whose status matches the exit
    status, and nothing is written to stdout;
  * colour: on a terminal by default, never through a pipe, NO_COLOR and
    TERM=dumb turn it off, --color=always|never|auto decide;
  * the pager: on a terminal, output goes through $CSQUERY_PAGER, else
    $PAGER (with LESS=FRX unless LESS is set), csquery waits for it to
    quit; never through a pipe, nor with --no-pager, PAGER= or PAGER=cat.

The terminal is a pseudo-terminal (Python's pty), the pager a shell
command that marks what it was given.

Run by ctest as:
    python3 tests/test_cli_output.py CSQUERY_BINARY SOURCE_DIR SHARED_CORPUS_DIR
"""
import json
import os
import pty
import select
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checklist import Checklist  # noqa: E402

CHECKS = Checklist()
check = CHECKS.check

# The exit status of each error status (docs/architecture.md).
EXIT = {"not_found": 1, "bad_query": 2, "bad_input": 65, "bad_db": 65, "io": 74, "db": 74,
        "icu": 70, "internal": 70, "no_memory": 71}

BOLD, RED = "\x1b[1m", "\x1b[1;31m"


def fail_setup(message):
    print("FAIL: " + message)
    print("0 passed, 1 failed")
    sys.exit(1)


def clean_env(**extra):
    """The environment of a run: none of the variables under test, unless given."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("NO_COLOR", "CSQUERY_PAGER", "PAGER", "LESS", "CSQUERY_DB", "TERM")}
    env["TERM"] = "xterm"
    env["XDG_DATA_HOME"] = tempfile.gettempdir() + "/csq-cli-output-no-db"
    env.update(extra)
    return {k: v for k, v in env.items() if v is not None}


def run(binary, args, **env):
    """Runs csquery with pipes; (exit status, stdout, stderr) as text."""
    p = subprocess.run([binary] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       stdin=subprocess.DEVNULL, env=clean_env(**env), timeout=300)
    return (p.returncode, p.stdout.decode("utf-8", "replace"),
            p.stderr.decode("utf-8", "replace"))


def run_tty(binary, args, marker=None, **env):
    """Runs csquery on a pseudo-terminal (stdin, stdout and stderr). Returns
    (exit status, what the terminal showed, whether `marker` existed the
    moment csquery exited)."""
    pid, fd = pty.fork()
    if pid == 0:
        try:
            os.execve(binary, [binary] + args, clean_env(**env))
        finally:
            os._exit(127)
    out, status, marked = b"", None, None
    deadline = time.time() + 120
    while time.time() < deadline:
        if status is None:
            done, st = os.waitpid(pid, os.WNOHANG)
            if done:
                status = os.waitstatus_to_exitcode(st)
                marked = marker is not None and os.path.exists(marker)
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # EIO: every end of the terminal is closed
                chunk = b""
            if not chunk and status is not None:
                break
            out += chunk
        elif status is not None:
            break
    os.close(fd)
    if status is None:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    return status, out.decode("utf-8", "replace").replace("\r\n", "\n"), marked


def load_schema(source_dir, name):
    """The validator of a schema file; FILE#DEF: of one of its $defs."""
    import jsonschema
    name, _, part = name.partition("#")
    with open(os.path.join(source_dir, "docs", "schema", name), encoding="utf-8") as f:
        schema = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    if part:
        schema = {"$defs": schema["$defs"], "$ref": "#/$defs/" + part}
    return cls(schema)


def schema_errors(validator, doc):
    errors = list(validator.iter_errors(doc))
    return "" if not errors else "%d schema errors, first: %s" % (len(errors), errors[0].message[:200])


def json_on_every_command(binary, source_dir, key_dir, db):
    """--json on every command: one document on stdout that its schema takes."""
    rules, act = os.path.join(key_dir, "A0030303.json"), os.path.join(key_dir, "A0030297.json")
    cases = [
        ("lookup", ["--json", "第4條"], "csquery-provisions.schema.json"),
        ("whole law", ["--json", "-f", rules], "csquery-provisions.schema.json"),
        ("laws", ["--json", "laws"], "csquery-laws.schema.json"),
        ("laws of files", ["--json", "-f", rules, "-f", act, "laws"], "csquery-laws.schema.json"),
        ("laws of a database", ["--json", "--db", db, "laws"], "csquery-laws.schema.json"),
        ("search", ["--json", "search", "資通安全", "--limit", "3"], "csquery-search.schema.json"),
        ("refs", ["--json", "-f", rules, "-f", act, "refs", "第5條"], "csquery-refs.schema.json"),
        ("refs --dangling", ["--json", "--db", db, "refs", "--dangling"], "csquery-refs.schema.json"),
        ("cited-by", ["--json", "--db", db, "cited-by", "資通安全管理法第16條"], "csquery-refs.schema.json"),
        ("obligations", ["--json", "obligations", "--actor", "受託者"], "csquery-obligations.schema.json"),
        ("define", ["--json", "define", "核心資通系統"], "csquery-obligations.schema.json#definitions"),
        ("actors", ["--json", "--db", db, "actors", "機關"], "csquery-obligations.schema.json#actors"),
        ("check", ["--json", "--db", db, "check"], "csquery-check.schema.json"),
    ]
    for label, args, schema in cases:
        status, out, err = run(binary, args)
        try:
            doc = json.loads(out)
        except ValueError as e:
            check("--json %s: stdout is one JSON document" % label, False,
                  "exit %d, %s; stderr: %s" % (status, e, err[:200]))
            continue
        check("--json %s: exit 0, one JSON document" % label, status == 0,
              "exit %d, stderr %s" % (status, err[:200]))
        check("--json %s: validates against %s" % (label, schema), True) \
            if not schema_errors(load_schema(source_dir, schema), doc) else \
            check("--json %s: validates against %s" % (label, schema), False,
                  schema_errors(load_schema(source_dir, schema), doc))
    # export: --format says what it writes; rules are JSON Lines, a rule a line.
    status, out, err = run(binary, ["--json", "--db", db, "export", "--format", "rules", "A0030303"])
    validator = load_schema(source_dir, "csquery-rules.schema.json")
    rules = [json.loads(line) for line in out.splitlines()]
    problems = [schema_errors(validator, r) for r in rules if schema_errors(validator, r)]
    check("export --format rules: %d rules, each a line that validates" % len(rules),
          status == 0 and rules and not problems, (problems or [err])[0][:200])
    # laws: the same laws as the text listing, field by field.
    status, text, _ = run(binary, ["--db", db, "laws"])
    status, out, _ = run(binary, ["--json", "--db", db, "laws"])
    doc = json.loads(out)
    rows = [line.split("\t") for line in text.splitlines()]
    as_text = [[l["id"] or "-", l["name"], l["version"], l["level"], "%d articles" % l["articles"],
                l["described"]] for l in doc["laws"]]
    check("--json laws says what laws says (%d laws)" % len(rows),
          rows == as_text and doc["count"] == len(rows) and len(rows) >= 10, repr(rows[:2]))


def json_import(binary, source_dir, key_dir):
    """import --json: the summary as JSON on stdout, no progress."""
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "x.db")
        status, out, err = run(binary, ["--json", "--db", db, "import", key_dir])
        try:
            doc = json.loads(out)
        except ValueError as e:
            check("--json import: stdout is JSON", False, str(e))
            return
        problems = schema_errors(load_schema(source_dir, "csquery-import.schema.json"), doc)
        check("--json import: exit 0, validates against csquery-import.schema.json",
              status == 0 and not problems, problems or err)
        check("--json import: 10 files, 10 laws, nothing on stderr",
              doc["files"] == 10 and doc["laws"] == 10 and err == "", repr(doc) + err)


def json_errors(binary, source_dir, tmp):
    """Errors under --json: one line of JSON on stderr, nothing on stdout."""
    validator = load_schema(source_dir, "csquery-error.schema.json")
    bad = os.path.join(tmp, "bad.json")
    with open(bad, "w") as f:
        f.write('{"LawName": "x", "LawArt')
    not_db = os.path.join(tmp, "not.db")
    with open(not_db, "w") as f:
        f.write("this is not a database\n" * 100)
    cases = [
        ("a provision that does not exist", ["第99條"], "not_found", None),
        ("a malformed query", ["hello"], "bad_query", None),
        ("an unknown option", ["--frobnicate"], "bad_query", None),
        ("an option without its value", ["--limit"], "bad_query", None),
        ("a bad --limit", ["search", "x", "--limit", "many"], "bad_query", None),
        ("a bad --color", ["--color=sometimes", "laws"], "bad_query", None),
        ("a bad --modality", ["obligations", "--modality", "must"], "bad_query", None),
        ("a command without help", ["help", "nosuch"], "bad_query", None),
        ("refs without a provision", ["refs"], "bad_query", None),
        ("nothing cites it", ["cited-by", "第13條"], "not_found", None),
        ("bad input data", ["-f", bad, "第1條"], "bad_input", (bad, 24)),
        ("a file that cannot be read", ["-f", "/nonexistent.json", "第1條"], "io", ("/nonexistent.json", None)),
        ("not a database", ["--db", not_db, "laws"], "bad_db", None),
        ("import of nothing", ["--db", os.path.join(tmp, "new.db"), "import", "/nonexistent-dir"], "io", None),
        ("invalid UTF-8 in a query", ["第\udcff條"], None, None),
    ]
    for label, args, want, where in cases:
        args = [a.encode("utf-8", "surrogateescape") for a in args]
        p = subprocess.run([binary.encode(), b"--json"] + args, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=clean_env(),
                           timeout=60)
        err = p.stderr.decode("utf-8", "replace")
        lines = err.splitlines()
        try:
            doc = json.loads(err)
        except ValueError as e:
            check("--json, %s: stderr is JSON" % label, False, "%s: %r" % (e, err[:300]))
            continue
        problems = schema_errors(validator, doc)
        check("--json, %s: one line on stderr that validates" % label,
              len(lines) == 1 and not problems, problems or repr(err[:300]))
        e = doc.get("error", {})
        status = e.get("status")
        # Not found may still answer with an empty list, as a document.
        empty = p.stdout == b"" or (status == "not_found" and
                                    json.loads(p.stdout) in ([], {"total": 0, "count": 0, "hits": []}))
        check("--json, %s: no answer on stdout, exit %d goes with %s" % (label, p.returncode, status),
              empty and EXIT.get(status) == p.returncode and (want is None or status == want),
              "want %s, stdout %r" % (want, p.stdout[:100]))
        if where:
            check("--json, %s: source and offset" % label,
                  e.get("source") == where[0] and e.get("offset") == where[1]
                  and (status != "io" or e.get("cause") == 2), repr(e))
    # The same errors as text: "csquery: …" on one line.
    status, out, err = run(binary, ["第99條"])
    check("without --json an error is one line of text", status == 1 and
          err.startswith("csquery: 第99條") and err.count("\n") == 1 and out == "", err)


def colour(binary):
    """Colour: a terminal by default; NO_COLOR, TERM=dumb, pipes and --color."""
    search = ["--no-pager", "search", "通報", "--limit", "2"]
    status, shown, _ = run_tty(binary, search)
    check("on a terminal, search hits are coloured and headings bold",
          status == 0 and RED in shown and BOLD in shown, repr(shown[:200]))
    status, shown, _ = run_tty(binary, ["--no-pager", "第4條", "第1項"])
    check("on a terminal, a lookup's heading is bold",
          status == 0 and BOLD + "資通安全管理法施行細則 第4條第1項" in shown, repr(shown[:120]))
    for label, args, env in [("NO_COLOR=1", search, {"NO_COLOR": "1"}),
                             ("TERM=dumb", search, {"TERM": "dumb"}),
                             ("--color=never", ["--color=never"] + search, {})]:
        status, shown, _ = run_tty(binary, args, **env)
        check("on a terminal with %s, no colour" % label,
              status == 0 and "\x1b[" not in shown and "«通報»" in shown, repr(shown[:200]))
    status, shown, _ = run_tty(binary, search, NO_COLOR="")
    check("NO_COLOR set but empty does not turn colour off", RED in shown, repr(shown[:100]))
    status, shown, _ = run_tty(binary, ["--color=always"] + search, NO_COLOR="1")
    check("--color=always wins over NO_COLOR", RED in shown, repr(shown[:100]))
    status, out, _ = run(binary, search)
    check("through a pipe, no colour", status == 0 and "\x1b[" not in out and "«通報»" in out,
          repr(out[:100]))
    for flag in ["--color=always", "--color", "--colour=always"]:
        status, out, _ = run(binary, [flag] + search)
        check("through a pipe with %s, colour" % flag, status == 0 and RED in out and BOLD in out,
              repr(out[:100]))
    status, out, _ = run(binary, ["--color=always", "--json", "search", "通報"])
    check("--json is never coloured", status == 0 and "\x1b[" not in out, repr(out[:100]))


def pager(binary, tmp):
    """The pager: on a terminal only, as the environment names it."""
    mark = "sed 's/^/paged: /'"
    lookup = ["第4條", "第1項"]
    status, shown, _ = run_tty(binary, lookup, PAGER=mark)
    check("on a terminal, the output goes through $PAGER",
          status == 0 and "paged: 資通安全管理法施行細則 第4條第1項" in shown
          and "paged:   九、委託機關" in shown, repr(shown[:200]))
    status, shown, _ = run_tty(binary, ["laws"], PAGER="sed 's/^/PAGER: /'",
                               CSQUERY_PAGER="sed 's/^/CSQUERY_PAGER: /'")
    check("$CSQUERY_PAGER comes before $PAGER",
          "CSQUERY_PAGER: A0030303" in shown and "PAGER: A0030303" not in shown.replace(
              "CSQUERY_PAGER: ", ""), repr(shown[:200]))
    for label, args, env in [("--no-pager", ["--no-pager"] + lookup, {"PAGER": mark}),
                             ("PAGER=cat", lookup, {"PAGER": "cat"}),
                             ("PAGER= (empty)", lookup, {"PAGER": ""}),
                             ("CSQUERY_PAGER= (empty)", lookup, {"PAGER": mark, "CSQUERY_PAGER": ""})]:
        status, shown, _ = run_tty(binary, args, **env)
        check("on a terminal with %s, no pager" % label,
              status == 0 and "paged:" not in shown and "資通安全管理法施行細則 第4條第1項" in shown,
              repr(shown[:200]))
    status, out, _ = run(binary, lookup, PAGER=mark)
    check("through a pipe, never a pager", status == 0 and "paged:" not in out and
          out.startswith("資通安全管理法施行細則 第4條第1項"), repr(out[:100]))
    status, shown, _ = run_tty(binary, ["help", "search"], PAGER=mark)
    check("help goes through the pager too", "paged: usage: csquery [OPTIONS] search" in shown,
          repr(shown[:100]))
    # less's options: FRX unless the user set LESS.
    show_less = "echo \"LESS=[$LESS]\"; cat >/dev/null"
    status, shown, _ = run_tty(binary, lookup, PAGER=show_less)
    check("the pager runs with LESS=FRX", "LESS=[FRX]" in shown, repr(shown[:100]))
    status, shown, _ = run_tty(binary, lookup, PAGER=show_less, LESS="-S")
    check("a LESS the user set is kept", "LESS=[-S]" in shown, repr(shown[:100]))
    # csquery waits for the pager to quit before it exits.
    marker = os.path.join(tmp, "pager-done")
    status, shown, marked = run_tty(binary, lookup, marker=marker,
                                    PAGER="cat >/dev/null; sleep 0.5; touch %s" % marker)
    check("csquery exits after its pager, not before", status == 0 and marked, repr(shown[:100]))
    # An error: on the terminal (stderr), the pager gets nothing to show.
    status, shown, _ = run_tty(binary, ["第99條"], PAGER=mark)
    check("an error is shown on the terminal, not paged, exit 1",
          status == 1 and "csquery: 第99條" in shown and "paged: csquery" not in shown, repr(shown[:200]))
    # import shows its progress, never a pager.
    status, shown, _ = run_tty(binary, ["--db", os.path.join(tmp, "p.db"), "import",
                                        os.path.join(KEY_DIR, "A0030303.json")], PAGER=mark)
    check("import is never paged", status == 0 and "paged:" not in shown and
          "importing: 1/1 files" in shown, repr(shown[:300]))


KEY_DIR = ""


def main(argv):
    global KEY_DIR
    if len(argv) != 4:
        fail_setup("usage: test_cli_output.py CSQUERY_BINARY SOURCE_DIR SHARED_CORPUS_DIR")
    binary, source_dir, corpus_dir = argv[1:]
    try:
        import jsonschema  # noqa: F401
    except ImportError:
        fail_setup("the Python package jsonschema is missing: apt-get install python3-jsonschema")
    KEY_DIR = os.path.join(corpus_dir, "moj", "key", "ch")
    if not os.path.isfile(os.path.join(KEY_DIR, "A0030297.json")):
        fail_setup("the shared corpus is missing at %s" % corpus_dir)
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "key.db")
        status, _, err = run(binary, ["--db", db, "import", KEY_DIR])
        if status != 0:
            fail_setup("import of the key laws: " + err)
        json_on_every_command(binary, source_dir, KEY_DIR, db)
        json_import(binary, source_dir, KEY_DIR)
        json_errors(binary, source_dir, tmp)
        colour(binary)
        pager(binary, tmp)
    return CHECKS.summary()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
