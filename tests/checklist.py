"""checklist.py — the bookkeeping the JSON Schema tests share: each check
prints `ok NAME` or `FAIL NAME: DETAIL`, and `summary()` prints the closing
line ctest's output is read by, `N passed, M failed`."""


class Checklist:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, ok, detail=""):
        """Records one check; returns whether it passed."""
        if ok:
            self.passed += 1
            print("ok   " + name)
        else:
            self.failed += 1
            print("FAIL " + name + (": " + detail if detail else ""))
        return ok

    def summary(self):
        """Prints the closing line; returns the exit status (0: all passed)."""
        print("%d passed, %d failed" % (self.passed, self.failed))
        return 1 if self.failed else 0
