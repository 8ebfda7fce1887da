"""JupyterLab for real: start it from the project's .venv, open notebook 04 in headless Chromium,
run all cells, and check that no cell shows an error and that the charts are drawn.

The browser is Debian's ``chromium`` driven by Playwright (``executable_path``; no browser is
ever downloaded). The notebook runs as a copy in a temporary folder, with its ``FIGURES_DIR``
parameter pointed there too, so neither the committed notebook nor the committed figures change
(JupyterLab autosaves). A screenshot lands in ``reports/jupyterlab_04.png``.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Iterator

import pytest

from utils import paths

NOTEBOOK = "04_chart_deals.ipynb"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOT = paths.REPORTS / "jupyterlab_04.png"
RUN_TIMEOUT_MS = 60_000


def chromium() -> str | None:
    """Debian's Chromium, if installed."""
    return shutil.which("chromium") or next((p for p in ("/usr/bin/chromium",) if os.access(p, os.X_OK)), None)


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_idle_kernel(api: str, *, timeout: float = 60) -> None:
    """Until the server has exactly one kernel and it is idle (started, not busy)."""
    deadline = time.monotonic() + timeout
    kernels: list[dict[str, Any]] = []
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(api, timeout=5) as r:
                kernels = json.load(r)
        except urllib.error.HTTPError as err:  # a kernel being started can make one poll fail (500)
            if err.code < 500:
                raise
            time.sleep(0.5)
            continue
        if len(kernels) == 1 and kernels[0]["execution_state"] == "idle":
            return
        time.sleep(0.5)
    pytest.fail(f"no idle kernel after {timeout:.0f} s: {kernels}")


def notebook_copy(folder: Path, figures: Path) -> Path:
    """Notebook 04 with its ``FIGURES_DIR`` parameter set to ``figures`` (as papermill would)."""
    nb = json.loads((paths.NOTEBOOKS / NOTEBOOK).read_text(encoding="utf-8"))
    setup = next(c for c in nb["cells"] if "parameters" in c["metadata"].get("tags", []))
    setup["source"] = "".join(setup["source"]) + f"\nFIGURES_DIR = {str(figures)!r}\n"
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            cell["outputs"], cell["execution_count"] = [], None
    path = folder / NOTEBOOK
    path.write_text(json.dumps(nb, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str, Path]]:
    """A JupyterLab server on 127.0.0.1 with a token, rooted in a temporary folder.

    Yields the notebook's URL, the URL of the kernels API, and the figures folder of the copy.
    """
    if chromium() is None:
        pytest.skip("no Chromium installed (Debian: apt-get install chromium); .ci/run installs it")
    pytest.importorskip("playwright.sync_api", reason="playwright not installed: run `make venv`")
    jupyter = Path(sys.executable).parent / "jupyter"
    if not jupyter.exists():
        pytest.skip(f"no jupyter next to {sys.executable}: run `make venv`")
    root = tmp_path_factory.mktemp("lab")
    work, figures = root / "work", root / "figures"
    work.mkdir()
    notebook_copy(work, figures)
    # every cell in the DOM (no windowing), the notebook's kernel started without asking, no news fetched
    for name, value in {"notebook-extension/tracker": {"windowingMode": "none", "autoStartDefaultKernel": True},
                        "apputils-extension/notification": {"fetchNews": "false"}}.items():
        settings = root / "settings" / "@jupyterlab" / f"{name}.jupyterlab-settings"
        settings.parent.mkdir(parents=True, exist_ok=True)
        settings.write_text(json.dumps(value), encoding="utf-8")
    port, token = free_port(), secrets.token_hex(16)
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(root / "runtime"), "JUPYTER_CONFIG_DIR": str(root / "config")}
    cmd = [str(jupyter), "lab", "--no-browser", "--ip=127.0.0.1", f"--port={port}", "--port-retries=0",
           f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={work}",
           f"--LabApp.user_settings_dir={root / 'settings'}", f"--LabApp.workspaces_dir={root / 'workspaces'}",
           "--LabApp.extension_manager=readonly"] + (["--allow-root"] if os.geteuid() == 0 else [])
    log = (root / "lab.log").open("wb")
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=work, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail("JupyterLab did not start:\n" + (root / "lab.log").read_text(errors="replace")[-3000:])
            time.sleep(0.5)
        yield f"{base}/lab/tree/{NOTEBOOK}?token={token}", f"{base}/api/kernels?token={token}", figures
    finally:
        try:  # shuts the kernels down too
            urllib.request.urlopen(urllib.request.Request(f"{base}/api/shutdown?token={token}", method="POST"), timeout=5)
        except OSError:
            pass
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.terminate()
            proc.wait(timeout=10)
        log.close()


def test_jupyterlab_runs_chart_notebook_without_errors(lab: tuple[str, str, Path]) -> None:
    from playwright import sync_api as playwright

    browser_path = chromium()
    url, api, figures = lab
    n_code = sum(c["cell_type"] == "code" for c in json.loads((paths.NOTEBOOKS / NOTEBOOK).read_text())["cells"])
    with playwright.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=browser_path, args=CHROMIUM_FLAGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(url, wait_until="domcontentloaded", timeout=60_000)
            page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=60_000)
            select = page.locator(".jp-Dialog .jp-mod-accept", has_text="Select")
            if select.count():  # JupyterLab asks which kernel when it will not pick one itself
                select.first.click()
            wait_for_idle_kernel(api)
            page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=60_000)
            page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
            page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
            prompts = page.locator(".jp-CodeCell .jp-InputArea-prompt")
            try:
                page.wait_for_function(
                    """n => { const p = [...document.querySelectorAll('.jp-CodeCell .jp-InputArea-prompt')]
                              .map(e => e.textContent.trim());
                              return p.length === n && p.every(t => /^\\[\\d+\\]:$/.test(t)); }""",
                    arg=n_code, timeout=RUN_TIMEOUT_MS)
            except playwright.TimeoutError:
                page.screenshot(path=str(SCREENSHOT.with_name("jupyterlab_04_failed.png")))
                pytest.fail(f"cells did not all run; prompts: {prompts.all_text_contents()} (screenshot: "
                            f"reports/jupyterlab_04_failed.png)")
            page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=30_000)
            counts = [t.strip() for t in prompts.all_text_contents()]
            errors = page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
            error_text = errors.all_text_contents()
            images = page.locator(".jp-RenderedImage img")
            widths = [images.nth(i).evaluate("img => img.naturalWidth") for i in range(images.count())]
            images.first.scroll_into_view_if_needed()
            SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SCREENSHOT))
        finally:
            browser.close()
    assert counts == [f"[{i}]:" for i in range(1, n_code + 1)]
    assert error_text == [], error_text
    assert len(widths) == 3 and min(widths) > 500
    assert sorted(p.name for p in figures.glob("*.png")) == ["deal_amounts.png", "mentions.png", "network.png"]
