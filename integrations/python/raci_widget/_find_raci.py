"""Where the `raci` binary this package was installed with is (the pattern of uv's
`_find_uv.py`): the wheel puts it in the scripts folder of the environment it is installed
into, which is not always on PATH (a venv used without activating it, `pip install --user`,
`--prefix`, `--target`)."""

import fnmatch
import os
import sys
import sysconfig

EXE = "raci" + (sysconfig.get_config_var("EXE") or "")
HOW = (
    "the `raci` binary that the raci-widget wheel carries is not installed "
    "(an editable or source-tree install leaves it out). Install the wheel "
    "(`pip install raci-widget`, or the raci_widget-*.whl of a release: see scripts/release "
    "in the raci-widget repository), or build it in a raci-widget checkout "
    "(`cargo build --release -p raci-cli`) and point the plugin at it: `cli: PATH` under "
    "`raci` in mkdocs.yml, `raci_cli = PATH` in Sphinx's conf.py, or the RACI_CLI environment "
    "variable. Looked in: "
)


class RaciNotFound(FileNotFoundError):
    pass


def _user_scheme():
    if sys.version_info >= (3, 10):
        return sysconfig.get_preferred_scheme("user")
    return "nt_user" if os.name == "nt" else "posix_user"


def candidates():
    """The folders the wheel's scripts may have gone to, most likely first."""
    package = os.path.dirname(os.path.abspath(__file__))
    site = os.path.dirname(package)
    folders = [
        sysconfig.get_path("scripts"),
        sysconfig.get_path("scripts", vars={"base": sys.base_prefix}),
    ]
    # `pip install --prefix P`: P/lib/pythonX.Y/site-packages/raci_widget, scripts in P/bin.
    if fnmatch.fnmatch(site.replace(os.sep, "/"), "*/lib/python*/site-packages"):
        folders.append(os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(site))), "bin"))
    # `pip install --target T`: T/raci_widget, scripts in T/bin.
    folders.append(os.path.join(site, "bin"))
    try:
        folders.append(sysconfig.get_path("scripts", scheme=_user_scheme()))
    except KeyError:
        pass
    seen = []
    for folder in folders:
        if folder and folder not in seen:
            seen.append(folder)
    return seen


def find_raci_bin():
    """The path of the installed `raci`, or RaciNotFound saying how to get one."""
    folders = candidates()
    for folder in folders:
        path = os.path.join(folder, EXE)
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    raise RaciNotFound(HOW + ", ".join(folders))
