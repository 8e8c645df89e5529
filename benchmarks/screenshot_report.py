"""Screenshot an audit report in headless Chromium (for docs/audit-report.png).

medlint audit ../shared/corpus --html /tmp/corpus-audit.html
python benchmarks/screenshot_report.py /tmp/corpus-audit.html docs/audit-report.png \
    [--width 1280] [--height 2200] [--expand 1]

--expand N opens the first N scored articles' findings (their fix text shows).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    parser = argparse.ArgumentParser()
    parser.add_argument("report", type=Path)
    parser.add_argument("target", type=Path)
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=1800)
    parser.add_argument("--expand", type=int, default=0)
    args = parser.parse_args()
    report, target = args.report.resolve(), args.target
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    with tempfile.TemporaryDirectory() as profile:
        for flag in (
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--window-size={args.width},{args.height}",
            f"--user-data-dir={profile}",
        ):
            options.add_argument(flag)
        driver = webdriver.Chrome(
            service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"),
            options=options,
        )
        try:
            driver.get(report.as_uri())
            time.sleep(1)
            driver.execute_script(  # open without scrolling the page
                "[...document.querySelectorAll('#articles tbody tr')]"
                ".filter((row) => !row.querySelector('td.na')).slice(0, arguments[0])"
                ".forEach((row) => { row.querySelector('details').open = true; });"
                "window.scrollTo(0, 0);",
                args.expand,
            )
            driver.save_screenshot(str(target))
        finally:
            driver.quit()
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
