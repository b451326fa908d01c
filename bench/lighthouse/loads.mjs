// Full page loads as this machine sees them, unthrottled (issue 18 point 2: a full load — log-in, a refresh, a link
// from an e-mail — in under a second, with no blank flash and no click lost). For each page, N loads with the cache
// kept (a person coming back) and N with it cleared: the time until the page is painted (first contentful paint), until
// its HTML is parsed (DOMContentLoaded), and until it answers clicks (the island's #render-state turns
// data-interactive="true"; a static page answers at once); and whether the main area went blank on the way (its text
// fell under half of what the prerendered page showed before the page started).
// Usage: node loads.mjs http://127.0.0.1:5090 [loads]   (bench/lighthouse/run.sh loads starts the portal)
import { openBrowser, signUpWithDraft } from './signup.mjs';

const base = (process.argv[2] ?? 'http://127.0.0.1:5090').replace(/\/$/, '');
const runs = Number(process.argv[3] ?? 10);

// Watches the page from its first byte: when #render-state says interactive, and the least text #main held after it
// first had some.
const watcher = `(() => {
    const w = window.__load = { interactive: null, most: 0, least: null };
    const look = () => {
        const main = document.getElementById('main');
        const length = main ? main.innerText.trim().length : 0;
        if (w.interactive === null) {
            w.most = Math.max(w.most, length);
            if (w.most > 0) { w.least = w.least === null ? length : Math.min(w.least, length); }
            const state = document.getElementById('render-state');
            if (state && state.getAttribute('data-interactive') === 'true') { w.interactive = performance.now(); }
        }
    };
    new MutationObserver(look).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    // A page without an island (the account pages) answers clicks once its HTML is parsed.
    document.addEventListener('DOMContentLoaded', () => {
        look();
        if (w.interactive === null && !document.getElementById('render-state')) { w.interactive = performance.now(); }
    });
})();`;

async function load(page, url, firstVisit) {
    if (firstVisit) {
        const session = await page.createCDPSession();
        await session.send('Network.clearBrowserCache');
        await session.detach();
    }
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => window.__load && window.__load.interactive !== null, { timeout: 30000 });
    return page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        // Chromium may give a load from its cache no paint timing of its own: then the figure is left out.
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        const w = window.__load;
        return {
            fcp: fcp && fcp.startTime > 0 ? fcp.startTime : null,
            dcl: nav.domContentLoadedEventEnd,
            interactive: w.interactive,
            blank: w.most > 0 && w.least !== null && w.least < w.most / 2,
        };
    });
}

const percentile = (values, p) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
};

const { browser, visitor, citizen } = await openBrowser();
try {
    const application = await signUpWithDraft(citizen, base);
    for (const page of [visitor, citizen]) {
        await page.evaluateOnNewDocument(watcher);
        await page.setViewport({ width: 1280, height: 900 });
    }
    const targets = [
        ['home (signed out)', visitor, `${base}/`],
        ['log-in (signed out)', visitor, `${base}/Account/Login`],
        ['dashboard', citizen, `${base}/dashboard`],
        ['my applications', citizen, `${base}/applications`],
        ['application (task list)', citizen, application],
        ['application section', citizen, `${application}/cooperative`],
        ['members section', citizen, `${application}/members`],
    ];
    console.log(`\nFull loads, unthrottled, Chromium ${(await browser.version()).replace(/^\D+/, '')}, ${runs} loads each (median / 90th percentile, ms):\n`);
    console.log('| page | cache | first paint | HTML parsed | answers clicks | blank flashes |');
    console.log('|---|---|---|---|---|---|');
    for (const [name, page, url] of targets) {
        await page.goto(url, { waitUntil: 'load' }); // warms the server's caches and the browser's
        for (const firstVisit of [true, false]) {
            const samples = [];
            for (let i = 0; i < runs; i++) {
                samples.push(await load(page, url, firstVisit));
            }
            const cell = key => {
                const values = samples.map(s => s[key]).filter(v => v !== null);
                return values.length === 0 ? '—' : `${Math.round(percentile(values, 0.5))} / ${Math.round(percentile(values, 0.9))}`;
            };
            console.log(`| ${name} | ${firstVisit ? 'cleared' : 'kept'} | ${cell('fcp')} | ${cell('dcl')} | ${cell('interactive')} | ${samples.filter(s => s.blank).length} of ${runs} |`);
        }
    }
} finally {
    await browser.close();
}
