// What measure.mjs (Lighthouse) and loads.mjs (full page loads) share: Debian's Chromium with a signed-out visitor's
// page and a citizen's page, each in a context of its own; and a new citizen for the measurements: registered, signed
// in with a password, with a new draft application (its address returned).
import puppeteer from 'puppeteer-core';

export async function openBrowser() {
    const browser = await puppeteer.launch({
        executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'],
    });
    const visitor = await (await browser.createBrowserContext()).newPage();
    const citizen = await (await browser.createBrowserContext()).newPage();
    return { browser, visitor, citizen };
}

export function nationalCode() {
    // Nine random digits and the checksum digit of Iran's national code.
    for (;;) {
        const digits = Array.from({ length: 9 }, () => Math.floor(Math.random() * 10));
        if (digits.every(d => d === digits[0])) { continue; }
        const sum = digits.reduce((s, d, i) => s + d * (10 - i), 0) % 11;
        return digits.join('') + String(sum < 2 ? sum : 11 - sum);
    }
}

export async function signUpWithDraft(page, base) {
    const code = nationalCode();
    const password = 'lighthouse-bench-zanjan-1405';
    await page.goto(`${base}/Account/Register`, { waitUntil: 'load' });
    await page.type('#FullName', 'سنجش لایت‌هاوس');
    await page.type('#NationalCode', code);
    await page.type('#Mobile', '0912' + String(Math.floor(Math.random() * 1e7)).padStart(7, '0'));
    await page.type('#Email', `lighthouse.${code}@example.ir`);
    await page.type('#Password', password);
    await page.type('#ConfirmPassword', password);
    await Promise.all([page.waitForNavigation(), page.click('#register-submit')]);
    await page.goto(`${base}/Account/Login`, { waitUntil: 'load' });
    await page.type('#Identifier', code);
    await page.type('#Password', password);
    await Promise.all([page.waitForNavigation(), page.click('#login-submit')]);
    await page.goto(`${base}/applications`, { waitUntil: 'load' });
    await page.waitForSelector("#render-state[data-interactive='true']");
    await page.click('#start-application');
    await page.waitForSelector('#task-list');
    return page.url().replace(/\/$/, '');
}

