"""The HTML report in a real browser (headless Chromium through Selenium and Debian's
chromedriver): it renders without console errors, clicking or pressing Enter on a moment
plays it, and hostile text from metadata and transcripts shows as text and never runs.

Needs the Debian packages ``chromium`` and ``chromium-driver`` and the PyPI package
``selenium``. Without them the tests skip, except under CI (env var ``CI`` set), where
they fail: the page must be checked in a browser before it ships.
"""
from __future__ import annotations

import math
import struct
import time
import wave
from pathlib import Path

import pytest

from tests.browser import start_browser

from callcoach.coaching import build_coaching
from callcoach.report.html import render_html

XSS = '<script>window.__pwned=1</script>"><img src=x onerror=window.__pwned=2></script>'


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    driver = start_browser(tmp_path_factory.mktemp("chromium-profile"), "--mute-audio", "--autoplay-policy=no-user-gesture-required", "--window-size=1280,1600")
    yield driver
    driver.quit()


def write_wav(path: Path, seconds: float = 10.0, rate: int = 8000) -> None:
    """A quiet 220 Hz tone: enough for the browser to load and seek."""
    frames = b"".join(struct.pack("<h", int(3000 * math.sin(2 * math.pi * 220 * i / rate)))
                      for i in range(int(seconds * rate)))
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(frames)


def seg(speaker, start, end, text):
    return {"speaker": speaker, "start": start, "end": end, "text": text, "words": []}


def make_report(wav: Path, text: str = "") -> dict:
    r = {"schema_version": 1,
         "call": {"id": "browser-call" + text, "source": str(wav), "duration_s": 10.0, "sample_rate": 8000,
                  "channels": 1, "diarization": "channels", "asr_model": "base", "agent_id": text or None,
                  "customer_name": text or None, "warnings": [text] if text else [],
                  "coachable": {"ok": True, "reasons": []}},
         "segments": [seg("agent", 0.5, 2.5, f"Thank you for calling. {text}"),
                      seg("customer", 2.9, 4.3, f"My parcel never arrived. {text}"),
                      seg("agent", 4.5, 7.0, f"I'm so sorry your parcel is late. {text}"),
                      seg("customer", 7.25, 9.0, f"Okay, thanks. {text}")],
         "talk_over": {"events": [{"start": 4.1, "end": 4.3, "interrupter": "agent", "kind": "interruption",
                                   "cut_off_words": f"never arrived. {text}"}],
                       "agent_interruptions": 1, "customer_interruptions": 0, "overlap_s": 0.2},
         "listening": {"agent_talk_s": 4.5, "customer_talk_s": 3.15, "agent_talk_ratio": 0.59,
                       "agent_talk_ratio_target": 0.43, "dead_air": [], "dead_air_s": 0.0},
         "tone": {"available": True, "agent": {"speaking_rate_wpm": 150.0}, "raised_voice": [],
                  "timeline": [{"speaker": "agent", "start": 0.5, "end": 2.5, "pitch_median_hz": 180.0,
                                "loudness_db": -24.0}]},
         "sentiment": {"customer": [{"start": 2.9, "end": 4.3, "score": -0.7}, {"start": 7.25, "end": 9.0, "score": 0.5}],
                       "customer_start": -0.7, "customer_end": 0.5},
         "apologies": {"items": [{"start": 4.5, "end": 6.0, "text": "I'm so sorry your parcel is late.",
                                  "specific": True, "followed_by_action": False}],
                       "first_distress_s": 2.9, "first_distress_text": f"My parcel never arrived. {text}",
                       "first_apology_latency_s": 1.6},
         "empathy": {"phrases": [{"start": 4.5, "end": 6.0, "text": "I'm so sorry your parcel is late.",
                                  "category": "apologize"}],
                     "negative": [{"start": 6.0, "end": 7.0, "text": text or "That's our policy.",
                                   "category": "policy_wall", "confidence": 0.9}],
                     "customer_name_used": 0, "score": 60}}
    r["coaching"] = build_coaching(r)
    return r


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    """A report page and its recording side by side, as ``callcoach analyze`` writes them."""
    folder = tmp_path_factory.mktemp("report")
    wav = folder / "call.wav"
    write_wav(wav)
    html = folder / "call.html"
    html.write_text(render_html(make_report(wav), folder), encoding="utf-8")
    return html


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    wav = folder / "call.wav"
    write_wav(wav, seconds=2.0)
    html = folder / "hostile.html"
    html.write_text(render_html(make_report(wav, XSS), folder), encoding="utf-8")
    return html


def open_page(browser, path: Path) -> None:
    browser.get_log("browser")  # drop what earlier pages logged
    browser.get(path.as_uri())
    wait_for(lambda: browser.execute_script("return document.readyState") == "complete")


def wait_for(condition, timeout_s: float = 10.0):
    deadline = time.monotonic() + timeout_s
    while True:
        value = condition()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.05)


def audio_ready(browser) -> bool:
    return bool(wait_for(lambda: browser.execute_script(
        "var a = document.getElementById('player'); return a && a.readyState >= 1 && a.duration > 0")))


def current_time(browser) -> float:
    return browser.execute_script("var a = document.getElementById('player'); a.pause(); return a.currentTime")


def severe(browser) -> list[dict]:
    return [e for e in browser.get_log("browser") if e.get("level") == "SEVERE"]


def test_report_renders_without_console_errors(browser, page):
    from selenium.webdriver.common.by import By

    open_page(browser, page)
    assert audio_ready(browser), "the recording next to the page did not load"
    assert browser.find_element(By.ID, "timeline").is_displayed()
    assert len(browser.find_elements(By.CSS_SELECTOR, "#timeline rect.seg")) == 4
    assert len(browser.find_elements(By.CSS_SELECTOR, "#transcript tr.seg")) == 4
    assert len(browser.find_elements(By.CSS_SELECTOR, ".scorecard .tile")) >= 5
    assert browser.find_elements(By.CSS_SELECTOR, "#coaching .card.tip")
    assert severe(browser) == []


def test_clicking_a_transcript_line_plays_that_moment(browser, page):
    from selenium.webdriver.common.by import By

    open_page(browser, page)
    assert audio_ready(browser)
    row = browser.find_element(By.CSS_SELECTOR, '#transcript tr.seg[data-t="7.25"]')
    row.click()
    assert wait_for(lambda: 7.2 <= current_time(browser) < 8.5), current_time(browser)
    assert severe(browser) == []


def test_enter_on_a_focused_line_and_clicking_an_event_seek_too(browser, page):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    open_page(browser, page)
    assert audio_ready(browser)
    row = browser.find_element(By.CSS_SELECTOR, '#transcript tr.seg[data-t="2.90"]')
    row.send_keys(Keys.ENTER)
    assert wait_for(lambda: 2.85 <= current_time(browser) < 4.0), current_time(browser)
    event = browser.find_element(By.CSS_SELECTOR, '#timeline g.ev[data-t="4.10"]')
    event.click()
    assert wait_for(lambda: 4.05 <= current_time(browser) < 5.0), current_time(browser)
    tip = browser.find_element(By.CSS_SELECTOR, "#coaching .card.tip button.at")
    tip.send_keys(Keys.SPACE)  # a native button: Space presses it
    expected = float(tip.get_attribute("data-t"))
    assert wait_for(lambda: abs(current_time(browser) - expected) < 0.6), (current_time(browser), expected)


def test_a_link_with_a_time_opens_the_page_cued_at_that_moment(browser, page):
    """`callcoach search` prints report links ending in #t=SECONDS."""
    from selenium.webdriver.common.by import By

    browser.get_log("browser")
    browser.get(page.as_uri() + "#t=7.40")
    wait_for(lambda: browser.execute_script("return document.readyState") == "complete")
    assert audio_ready(browser)
    assert wait_for(lambda: abs(browser.execute_script(
        "return document.getElementById('player').currentTime") - 7.4) < 0.05)
    assert browser.execute_script("return document.getElementById('player').paused")  # cued, not played
    row = browser.find_element(By.CSS_SELECTOR, '#transcript tr.seg[data-t="7.25"]')
    assert "playing" in row.get_attribute("class")
    assert severe(browser) == []


def test_hostile_text_shows_as_text_and_never_runs(browser, hostile_page):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    open_page(browser, hostile_page)
    time.sleep(0.3)  # give any injected handler (img onerror) its chance to fire
    assert browser.execute_script("return window.__pwned === undefined")
    assert browser.execute_script("return document.images.length") == 0
    assert browser.execute_script("return document.scripts.length") == 2
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text
    assert XSS in browser.title
    body = browser.find_element(By.TAG_NAME, "body").text
    assert body.count(XSS) >= 6  # id, metadata, warning, transcript lines... all shown literally
    rows = browser.find_elements(By.CSS_SELECTOR, "#transcript tr.seg")
    assert len(rows) == 4 and all(XSS in r.text for r in rows)
    assert severe(browser) == []
