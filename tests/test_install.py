#!/usr/bin/env python3
"""`cmake --install` into a temporary prefix gives a library others build
on, with nothing but pkg-config:

  * the files in GNUInstallDirs' places: bin/csquery, lib/libcsquery.so
    (with its SONAME and version links) and libcsquery.a, include/csquery.h,
    lib/pkgconfig/csquery.pc, lib/sqlite3/csquery.so, share/man/man1/csquery.1,
    the bash and zsh completions;
  * the shared library exports the public API (csq_…) and nothing of the
    internals (csq__…); the installed command runs, and no path of the
    build tree is left in it;
  * csquery.h stands alone (C11 and C++, -Wall -Wextra -Werror -pedantic);
  * a small program built with `pkg-config --cflags --libs csquery` (and one
    linked statically with `pkg-config --static --libs csquery`) looks up
    第4條第1項 in the built-in corpus and gets the text csquery prints;
  * the prefix can be moved: pkg-config finds it from where csquery.pc lies.

Run by ctest as:
    python3 tests/test_install.py CMAKE BUILD_DIR C_COMPILER [EXTRA_CFLAGS]
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checklist import Checklist  # noqa: E402

CHECKS = Checklist()
check = CHECKS.check

PROGRAM = r"""
#include <csquery.h>
#include <stdio.h>
#include <string.h>

/* Looks up a provision of the built-in law, prints it, and says whether the
 * text is what it must be. */
int main(int argc, char **argv) {
  const char *query = argc > 1 ? argv[1] : "第4條第1項";
  csq_error err;
  csq_error_clear(&err);
  csq_corpus *corpus = NULL;
  csq_library *lib = NULL;
  csq_node_list *nodes = NULL;
  const csq_law *law = NULL;
  csq_render_options text = {CSQ_FORMAT_TEXT, 0, 0};
  if (csq_corpus_new(NULL, &corpus, &err) != CSQ_OK ||
      csq_corpus_add_builtin(corpus, &err) != CSQ_OK ||
      csq_library_new(corpus, NULL, &lib, &err) != CSQ_OK ||
      csq_library_primary(lib, &law, &err) != CSQ_OK ||
      csq_lookup(lib, law, query, &nodes, &err) != CSQ_OK ||
      csq_render_nodes(stdout, &text, nodes, &err) != CSQ_OK) {
    char buf[1024];
    fprintf(stderr, "error: %s\n", csq_error_format(&err, buf, sizeof buf));
    return 1;
  }
  printf("version %s, %zu node(s), help %s\n", CSQ_VERSION, csq_node_list_count(nodes),
         csq_help("search") ? "built in" : "missing");
  csq_node_list_free(nodes);
  csq_library_free(lib);
  csq_corpus_free(corpus);
  return 0;
}
"""


def fail_setup(message):
    print("FAIL: " + message)
    print("0 passed, 1 failed")
    sys.exit(1)


def sh(args, env=None, cwd=None):
    p = subprocess.run(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=cwd,
                       timeout=600)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def pkg_config(prefix_lib, *args):
    env = dict(os.environ, PKG_CONFIG_PATH=os.path.join(prefix_lib, "pkgconfig"))
    env.pop("PKG_CONFIG_LIBDIR", None)
    status, out, err = sh(["pkg-config"] + list(args) + ["csquery"], env=env)
    return status, out.split(), err


def find_libdir(prefix):
    """lib, or lib/<multiarch>, or lib64: where csquery.pc was installed."""
    for root, _, files in os.walk(prefix):
        if "csquery.pc" in files:
            return os.path.dirname(root)
    return None


def check_files(prefix, libdir, build_dir):
    rel = os.path.relpath(libdir, prefix)
    wanted = ["bin/csquery", rel + "/libcsquery.a", rel + "/libcsquery.so", "include/csquery.h",
              rel + "/pkgconfig/csquery.pc", rel + "/sqlite3/csquery.so",
              "share/man/man1/csquery.1", "share/bash-completion/completions/csquery",
              "share/zsh/site-functions/_csquery"]
    for f in wanted:
        check("installs %s" % f, os.path.exists(os.path.join(prefix, f)))
    so = os.path.join(libdir, "libcsquery.so")
    status, out, _ = sh(["readelf", "-d", so])
    m = re.search(r"SONAME\)\s+Library soname: \[(libcsquery\.so\.[0-9.]+)\]", out)
    check("libcsquery.so has a SONAME", m is not None, out[:300])
    if m:
        soname = os.path.join(libdir, m.group(1))
        real = os.path.realpath(so)
        check("libcsquery.so → %s → %s" % (m.group(1), os.path.basename(real)),
              os.path.islink(so) and os.path.islink(soname) and os.path.realpath(soname) == real
              and re.search(r"libcsquery\.so\.\d+\.\d+\.\d+$", real) is not None, real)
    status, out, _ = sh(["nm", "-D", "--defined-only", so])
    names = [l.split()[-1] for l in out.splitlines() if l.strip()]
    public = [n for n in names if n.startswith("csq_") and not n.startswith("csq__")]
    other = [n for n in names if not (n.startswith("csq_") and not n.startswith("csq__"))]
    header = open(os.path.join(prefix, "include", "csquery.h"), encoding="utf-8").read()
    undeclared = [n for n in public if not re.search(r"\b%s\(" % n, header)]
    check("libcsquery.so exports the API (%d functions), each declared in csquery.h" % len(public),
          len(public) > 100 and not undeclared, repr(undeclared[:5]))
    declared = set(re.findall(r"^[a-z][^(;#]*?\b\**(csq_[a-z][a-z0-9_]*)\(", header, re.M))
    missing = sorted(declared - set(public))
    check("every function csquery.h declares is exported (%d)" % len(declared),
          len(declared) > 100 and not missing, repr(missing[:10]))
    check("libcsquery.so exports nothing else (no csq__ internals)", not other, repr(other[:10]))
    binary = os.path.join(prefix, "bin", "csquery")
    status, out, _ = sh(["readelf", "-d", binary])
    check("the installed csquery carries the library (no libcsquery.so, no path of the build tree)",
          "libcsquery" not in out and build_dir not in out, out[:400])
    status, out, err = sh([binary, "第4條", "第1項"], env=dict(os.environ, LD_LIBRARY_PATH=""))
    check("the installed csquery runs",
          status == 0 and out.startswith("資通安全管理法施行細則 第4條第1項"), err or out[:100])
    return out


def check_header(prefix, cc, extra):
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "only_header.c")
        with open(src, "w") as f:
            f.write("#include <csquery.h>\nint main(void) { return csq_status_name(CSQ_OK) ? 0 : 1; }\n")
        inc = ["-I" + os.path.join(prefix, "include")]
        status, _, err = sh([cc, "-std=c11", "-Wall", "-Wextra", "-Werror", "-pedantic", "-fsyntax-only"]
                            + inc + [src])
        check("csquery.h stands alone (C11, -Wall -Wextra -Werror -pedantic)", status == 0, err)
        cxx = shutil.which("c++") or shutil.which("g++")
        check("a C++ compiler is there to check csquery.h", cxx is not None)
        if cxx:
            src_cc = os.path.join(tmp, "only_header.cc")
            shutil.copy(src, src_cc)
            status, _, err = sh([cxx, "-std=c++11", "-Wall", "-Wextra", "-Werror", "-fsyntax-only"]
                                + inc + [src_cc])
            check("csquery.h is C++ too (extern \"C\")", status == 0, err)


def check_program(libdir, cc, extra, expected):
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "lookup.c")
        with open(src, "w", encoding="utf-8") as f:
            f.write(PROGRAM)
        status, cflags, err = pkg_config(libdir, "--cflags")
        status2, libs, err2 = pkg_config(libdir, "--libs")
        check("pkg-config --cflags --libs csquery", status == 0 and status2 == 0 and "-lcsquery" in libs,
              err + err2)
        status, rpath, _ = pkg_config(libdir, "--variable=libdir")
        exe = os.path.join(tmp, "lookup")
        status, _, err = sh([cc] + extra + ["-o", exe, src] + cflags + libs +
                            ["-Wl,-rpath," + rpath[0]])
        check("a program builds against the installed library with pkg-config alone", status == 0, err)
        if status == 0:
            status, out, err = sh([exe])
            check("the program looks up 第4條第1項 in the built-in corpus",
                  status == 0 and out.startswith("資通安全管理法施行細則 第4條第1項 (2021-08-23)\n")
                  and "九、委託機關應定期" in out and "1 node(s), help built in" in out, err or out)
            check("and gets the text csquery prints (before its citations)",
                  expected.startswith(out.split("version ")[0]),
                  "%r vs %r" % (out[:80], expected[:80]))
            status, out, _ = sh(["readelf", "-d", exe])
            check("the program needs libcsquery.so", "libcsquery.so." in out)
        # Statically, as README says: libcsquery.a and what pkg-config --static names.
        status, libs, err = pkg_config(libdir, "--static", "--libs")
        libs = [os.path.join(libdir, "libcsquery.a")] + [l for l in libs if l != "-lcsquery"]
        exe = os.path.join(tmp, "lookup_static")
        status, _, err = sh([cc] + extra + ["-o", exe, src] + cflags + libs)
        check("a program links libcsquery.a with pkg-config --static", status == 0, err)
        if status == 0:
            status, out, err = sh([exe, "第3條第2款"])
            check("the static program answers 第3條第2款",
                  status == 0 and "二、發生原因。" in out, err or out)
            status, out, _ = sh(["readelf", "-d", exe])
            check("the static program needs no libcsquery.so", "libcsquery.so" not in out)


def check_moved(prefix, libdir, cc, extra):
    """The tree moved elsewhere: pkg-config and the command follow it."""
    with tempfile.TemporaryDirectory() as tmp:
        moved = os.path.join(tmp, "elsewhere")
        shutil.copytree(prefix, moved, symlinks=True)
        new_libdir = os.path.join(moved, os.path.relpath(libdir, prefix))
        status, cflags, _ = pkg_config(new_libdir, "--cflags")
        check("moved, pkg-config points at the new place",
              status == 0 and cflags and os.path.realpath(cflags[0][2:]) ==
              os.path.realpath(os.path.join(moved, "include")), repr(cflags))
        status, ext, _ = pkg_config(new_libdir, "--variable=sqlite_extension")
        check("csquery.pc names the SQLite extension",
              status == 0 and ext and os.path.exists(ext[0] + ".so"), repr(ext))
        status, out, err = sh([os.path.join(moved, "bin", "csquery"), "--version"])
        check("moved, the command still runs", status == 0 and out.startswith("csquery "), err)


def main(argv):
    if len(argv) < 4:
        fail_setup("usage: test_install.py CMAKE BUILD_DIR C_COMPILER [EXTRA_CFLAGS]")
    cmake, build_dir, cc = argv[1:4]
    extra = argv[4].split() if len(argv) > 4 else []
    for tool in ("pkg-config", "readelf", "nm"):
        if not shutil.which(tool):
            fail_setup("%s is missing: run tools/setup.sh" % tool)
    with tempfile.TemporaryDirectory() as tmp:
        prefix = os.path.join(tmp, "prefix")
        status, out, err = sh([cmake, "--install", build_dir, "--prefix", prefix])
        if not check("cmake --install %s --prefix %s" % (build_dir, prefix), status == 0, err):
            return CHECKS.summary()
        libdir = find_libdir(prefix)
        if not check("csquery.pc is installed", libdir is not None):
            return CHECKS.summary()
        expected = check_files(prefix, libdir, os.path.realpath(build_dir))
        check_header(prefix, cc, extra)
        check_program(libdir, cc, extra, expected)
        check_moved(prefix, libdir, cc, extra)
    return CHECKS.summary()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
