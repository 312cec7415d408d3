#!/usr/bin/env python3
"""The worker's page in a real headless browser: Debian's chromium and chromium-driver, driven by selenium.

Starts labor-rules-server on a free loopback port, opens / at a phone's size (390 × 844), fills the form for three
questions (a stoppage in Chinese; overtime picked on the calendar, in English; the minimum wage), submits each and
reads the total and a cited article off the page. Saves a screenshot of each result beside the report. Exits 0 when
every check passes and prints 'N passed, N failed'.

    apt-get install chromium chromium-driver && pip install selenium
    Server/scripts/browser-test.py [Server/.build/release/labor-rules-server]
"""
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

HERE = os.path.dirname(os.path.abspath(__file__))
BINARY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", ".build", "debug", "labor-rules-server")
SHOTS = os.environ.get("SCREENSHOTS", "/tmp/labor-rules-browser")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server():
    port = free_port()
    server = subprocess.Popen([BINARY, "--port", str(port), "--log-level", "warning"])
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return server, port
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("the server did not start")


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=zh-CN"):
        options.add_argument(flag)
    options.add_experimental_option(
        "mobileEmulation", {"deviceMetrics": {"width": 390, "height": 844, "pixelRatio": 2, "touch": True}})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def set_value(driver, element_id, value):
    """Types into a text field; a date or month field gets its value the way a picker would set it."""
    element = driver.find_element(By.ID, element_id)
    if element.get_attribute("type") in ("date", "month"):
        driver.execute_script(
            "arguments[0].value = arguments[1];"
            "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
            "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", element, value)
    else:
        element.clear()
        element.send_keys(value)


def result(driver, wait):
    driver.find_element(By.ID, "submit").click()
    wait.until(EC.visibility_of_element_located((By.ID, "result")))
    wait.until(lambda d: d.find_element(By.ID, "statement").get_attribute("textContent").strip() != "")
    total = driver.find_element(By.ID, "total").text
    cites = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "#items .cite")]
    return total, cites


def main():
    os.makedirs(SHOTS, exist_ok=True)
    server, port = start_server()
    passed, failed = 0, 0

    def check(name, condition, detail=""):
        nonlocal passed, failed
        if condition:
            passed += 1
            print(f"ok   {name}")
        else:
            failed += 1
            print(f"FAIL {name} {detail}")

    driver = browser()
    try:
        wait = WebDriverWait(driver, 20)
        driver.get(f"http://127.0.0.1:{port}/")
        check("page in Chinese first", driver.find_element(By.TAG_NAME, "h1").text == "广东劳动者待遇计算")
        width, inner = driver.execute_script(
            "return [document.documentElement.scrollWidth, window.innerWidth]")
        check("fits a phone screen (390 px, no sideways scroll)", inner == 390 and width <= inner, f"{width} > {inner}")

        # 1. A stoppage, in Chinese.
        Select(driver.find_element(By.ID, "question")).select_by_value("stoppage")
        set_value(driver, "region", "广州")
        set_value(driver, "wage", "6000")
        set_value(driver, "from", "2022-11-01")
        set_value(driver, "to", "2023-01-31")
        set_value(driver, "paid", "7000")
        total, cites = result(driver, wait)
        check("stoppage total 9680.00", total == "9680.00", total)
        check("stoppage cites 《广东省工资支付条例》第三十九条", any("广东省工资支付条例" in c and "第三十九条" in c for c in cites),
              cites)
        shortfall = driver.find_element(By.ID, "shortfall").text
        check("stoppage shortfall 2680.00", shortfall == "2680.00", shortfall)
        check("the 计算书 is shown", "计算书" in driver.find_element(By.ID, "statement").get_attribute("textContent"))
        driver.save_screenshot(os.path.join(SHOTS, "stoppage-zh.png"))

        # 2. Overtime in English, the days picked on the calendar.
        driver.find_element(By.ID, "lang-switch").click()
        check("English switch", driver.find_element(By.TAG_NAME, "h1").text == "What am I owed? (Guangdong)")
        Select(driver.find_element(By.ID, "question")).select_by_value("overtime")
        set_value(driver, "region", "东莞")
        set_value(driver, "wage", "8700")
        set_value(driver, "month", "2025-10")
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#calendar input[data-date='2025-10-11']")))
        holiday = driver.find_element(By.CSS_SELECTOR, "#calendar label.k-statutory-holiday")
        check("calendar marks National Day a statutory holiday",
              holiday.find_element(By.TAG_NAME, "input").get_attribute("data-date") == "2025-10-01")
        for day, hours in (("2025-10-01", "8"), ("2025-10-04", "8"), ("2025-10-06", "8"), ("2025-10-11", "2")):
            driver.find_element(By.CSS_SELECTOR, f"#calendar input[data-date='{day}']").send_keys(hours)
        total, cites = result(driver, wait)
        check("overtime total 3350.00", total == "3350.00", total)
        check("overtime cites the Labour Law, art. 44", any("art. 44" in c for c in cites), cites)
        driver.save_screenshot(os.path.join(SHOTS, "overtime-en.png"))

        # 3. The minimum wage, back in Chinese.
        driver.find_element(By.ID, "lang-switch").click()
        Select(driver.find_element(By.ID, "question")).select_by_value("minimum-wage")
        set_value(driver, "region", "深圳")
        set_value(driver, "date", "2025-03-01")
        total, cites = result(driver, wait)
        check("Shenzhen minimum wage 2520.00", total == "2520.00", total)
        check("minimum wage cites its notice", any("最低工资" in c for c in cites), cites)
        driver.save_screenshot(os.path.join(SHOTS, "minimum-wage-zh.png"))

        # 4. An error is shown in the page's language, not as a crash.
        Select(driver.find_element(By.ID, "question")).select_by_value("stoppage")
        set_value(driver, "region", "atlantis")
        driver.find_element(By.ID, "submit").click()
        wait.until(EC.visibility_of_element_located((By.ID, "error")))
        check("bad region shown as an error", "region" in driver.find_element(By.ID, "error").text)
    finally:
        driver.quit()
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=10)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
