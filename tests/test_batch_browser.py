"""The archive dashboard (``index.html``) in a real browser: one row per call, sorting and
filtering work, charts render, hostile metadata stays text, no console errors.

Needs Debian's ``chromium`` and ``chromium-driver`` and PyPI's ``selenium``; without them
the tests skip, except under CI (``CI`` set), where they fail.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.browser import start_browser

from tests.test_batch import BILLING, UPSET, transcript

XSS = '<img src=x onerror="window.__pwned=1">'


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    driver = start_browser(tmp_path_factory.mktemp("chromium-profile"), "--window-size=1400,1600")
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def dashboard(tmp_path_factory) -> Path:
    """A real batch over five transcripts by three agents (one with hostile metadata)."""
    from callcoach.batch.runner import BatchOptions, run_batch

    root = tmp_path_factory.mktemp("archive")
    calls = {"c1.json": UPSET, "c2.json": BILLING, "c3.json": UPSET[:3], "c4.json": BILLING[:2], "c5.json": UPSET}
    for name, lines in calls.items():
        (root / name).write_text(transcript(lines))
    meta = root.parent / "dash-meta.json"
    meta.write_text(json.dumps([
        {"path": "c1.json", "agent_id": "alice", "queue": "returns", "started_at": "2024-05-01T09:00:00"},
        {"path": "c2.json", "agent_id": "bob", "queue": "billing", "started_at": "2024-05-01T10:00:00"},
        {"path": "c3.json", "agent_id": "alice", "queue": "returns", "started_at": "2024-05-02T09:00:00"},
        {"path": "c4.json", "agent_id": XSS, "queue": "billing", "started_at": "2024-05-03T09:00:00"},
        {"path": "c5.json", "agent_id": "alice", "queue": "returns", "started_at": "2024-05-03T09:00:00"}]))
    out = root.parent / "dash-out"
    result = run_batch(BatchOptions([root], out, workers=1, metadata=meta, formats=["json", "html"]))
    assert result.done == 5, result.failures
    return out / "index.html"


def wait_for(condition, timeout_s: float = 10.0):
    deadline = time.monotonic() + timeout_s
    while True:
        value = condition()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.05)


def open_page(browser, path: Path) -> None:
    browser.get_log("browser")
    browser.get(path.as_uri())
    wait_for(lambda: browser.execute_script("return document.readyState") == "complete")


def visible_ids(browser) -> list[str]:
    from selenium.webdriver.common.by import By

    return [r.find_element(By.CSS_SELECTOR, "td").text for r in browser.find_elements(By.CSS_SELECTOR, "#calls tr.call")
            if r.is_displayed()]


def column(browser, index: int) -> list[str]:
    from selenium.webdriver.common.by import By

    return [r.find_elements(By.TAG_NAME, "td")[index].get_attribute("data-v")
            for r in browser.find_elements(By.CSS_SELECTOR, "#calls tr.call") if r.is_displayed()]


def test_one_row_per_call_with_report_links_and_charts(browser, dashboard):
    from selenium.webdriver.common.by import By

    open_page(browser, dashboard)
    assert sorted(visible_ids(browser)) == ["c1.json", "c2.json", "c3.json", "c4.json", "c5.json"]
    link = browser.find_element(By.LINK_TEXT, "c2.json")
    assert link.get_attribute("href").endswith("/calls/c2.json.html")
    assert (dashboard.parent / "calls" / "c2.json.html").exists()
    assert len(browser.find_elements(By.CSS_SELECTOR, ".chart svg rect.bar")) > 10
    assert browser.find_elements(By.CSS_SELECTOR, '[data-metric="agent_talk_ratio"] line.mark')  # target drawn
    assert browser.find_elements(By.CSS_SELECTOR, ".trend polyline.line")
    assert [e for e in browser.get_log("browser") if e.get("level") == "SEVERE"] == []


def test_clicking_a_header_sorts_the_table(browser, dashboard):
    from selenium.webdriver.common.by import By

    open_page(browser, dashboard)
    heads = browser.find_elements(By.CSS_SELECTOR, "#calls thead th")
    labels = [h.text for h in heads]
    empathy = labels.index("Empathy")
    heads[empathy].find_element(By.TAG_NAME, "button").click()
    values = column(browser, empathy)
    up = [float(v) for v in values if v != ""]
    assert len(up) >= 2 and up == sorted(up) and heads[empathy].get_attribute("aria-sort") == "ascending"
    assert values[:len(up)] == [v for v in values if v != ""]  # calls without a score come last
    heads[empathy].find_element(By.TAG_NAME, "button").click()
    values = column(browser, empathy)
    assert [float(v) for v in values if v != ""] == sorted(up, reverse=True)
    assert values[:len(up)] == [v for v in values if v != ""]
    talk = labels.index("Agent talk")
    heads[talk].find_element(By.TAG_NAME, "button").click()
    shares = [float(v) for v in column(browser, talk)]
    assert len(shares) == 5 and shares == sorted(shares)
    heads[labels.index("Agent")].find_element(By.TAG_NAME, "button").click()
    agents = column(browser, labels.index("Agent"))
    assert agents == sorted(agents, key=str.lower)


def test_filters_narrow_the_table(browser, dashboard):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    open_page(browser, dashboard)
    box = browser.find_element(By.ID, "filter")
    box.send_keys("bob")
    assert wait_for(lambda: visible_ids(browser) == ["c2.json"])
    assert browser.find_element(By.ID, "shown").text == "1"
    box.clear()
    box.send_keys(" ")  # clear() fires no input event; typing does
    Select(browser.find_element(By.ID, "f-agent")).select_by_visible_text("alice")
    assert wait_for(lambda: sorted(visible_ids(browser)) == ["c1.json", "c3.json", "c5.json"])
    Select(browser.find_element(By.ID, "f-agent")).select_by_index(0)
    Select(browser.find_element(By.ID, "f-queue")).select_by_visible_text("billing")
    assert wait_for(lambda: sorted(visible_ids(browser)) == ["c2.json", "c4.json"])


def test_hostile_metadata_shows_as_text_and_never_runs(browser, dashboard):
    from selenium.webdriver.common.by import By

    open_page(browser, dashboard)
    time.sleep(0.3)
    assert browser.execute_script("return window.__pwned === undefined")
    assert browser.execute_script("return document.images.length") == 0
    body = browser.find_element(By.TAG_NAME, "body").text
    assert XSS in body
