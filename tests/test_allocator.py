"""The command line's allocator settings (callcoach/allocator.py), checked in fresh processes."""
from __future__ import annotations

import os
import platform
import subprocess
import sys

import pytest

CODE = "from callcoach.runtime import keep_freed_memory; print(keep_freed_memory())"


def run(env_extra: dict[str, str]) -> str:
    env = {k: v for k, v in os.environ.items() if k != "CALLCOACH_SYSTEM_MALLOC"}
    env.update(env_extra)
    return subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, env=env,
                          check=True).stdout.strip()


@pytest.mark.skipif(not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
                    reason="glibc only")
def test_applied_on_glibc():
    assert run({}) == "True"


def test_opt_out_keeps_the_c_library_defaults():
    assert run({"CALLCOACH_SYSTEM_MALLOC": "1"}) == "False"
