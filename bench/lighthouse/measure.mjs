// Lighthouse on the portal's first pages as a phone meets them (Lighthouse's default: a mid-range phone, slow 4G,
// 4x CPU slowdown, simulated). For each page: a first visit (empty cache) and a repeat visit (what the first left in
// the cache). Home and log-in are measured signed out; an application section signed in as a new citizen with a new
// draft. Usage: node measure.mjs http://127.0.0.1:5090 [runs]   (bench/lighthouse/run.sh starts the portal)
import lighthouse from 'lighthouse';
import { openBrowser, signUpWithDraft } from './signup.mjs';

const base = (process.argv[2] ?? 'http://127.0.0.1:5090').replace(/\/$/, '');
const runs = Number(process.argv[3] ?? 3);

async function measure(page, url, firstVisit) {
    const session = await page.createCDPSession();
    if (firstVisit) {
        await session.send('Network.clearBrowserCache');
    }
    await session.detach();
    // The cookies stay (a signed-in page), the cache is cleared above or kept for a repeat visit.
    const result = await lighthouse(url, {
        output: 'json', logLevel: 'error', disableStorageReset: true,
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
    }, undefined, page);
    const lhr = result.lhr;
    if (process.env.LIGHTHOUSE_DETAILS) {
        console.error(`\n${url} (${firstVisit ? 'first' : 'repeat'} visit)`);
        for (const i of lhr.audits['bootup-time'].details?.items ?? []) {
            console.error(`  script ${i.url.replace(/^https?:\/\/[^/]+/, '')}: ${Math.round(i.total)} ms (${Math.round(i.scripting)} scripting)`);
        }
        for (const i of lhr.audits['long-tasks'].details?.items ?? []) {
            console.error(`  long task ${Math.round(i.startTime)} ms +${Math.round(i.duration)} ms ${i.url.replace(/^https?:\/\/[^/]+/, '')}`);
        }
        for (const i of lhr.audits['network-requests'].details?.items ?? []) {
            console.error(`  ${Math.round((i.transferSize ?? 0) / 1024)} KiB ${i.url.replace(/^https?:\/\/[^/]+/, '')}`);
        }
    }
    const requests = lhr.audits['network-requests'].details?.items ?? [];
    return {
        performance: Math.round(lhr.categories.performance.score * 100),
        accessibility: Math.round(lhr.categories.accessibility.score * 100),
        bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
        fcp: lhr.audits['first-contentful-paint'].numericValue,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        transferred: requests.reduce((s, r) => s + (r.transferSize ?? 0), 0),
        requests: requests.length,
        fromNetwork: requests.filter(r => (r.transferSize ?? 0) > 0).length,
        failing: lhr.categories.performance.auditRefs
            .map(ref => lhr.audits[ref.id])
            .filter(a => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
            .map(a => a.id),
    };
}

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}

const { browser, visitor, citizen } = await openBrowser();
try {
    const section = `${await signUpWithDraft(citizen, base)}/cooperative`;
    const only = process.env.LIGHTHOUSE_ONLY;
    const targets = [
        ['home (signed out)', visitor, `${base}/`],
        ['log-in (signed out)', visitor, `${base}/Account/Login`],
        ['application section (signed in)', citizen, section],
    ];
    const rows = [];
    for (const [name, page, url] of targets.filter(t => !only || t[0].startsWith(only))) {
        for (const firstVisit of [true, false]) {
            const samples = [];
            for (let i = 0; i < runs; i++) {
                if (!firstVisit) {
                    await page.goto(url, { waitUntil: 'load' }); // fills the cache as a first visit would
                }
                samples.push(await measure(page, url, firstVisit));
            }
            const pick = key => median(samples.map(s => s[key]));
            rows.push({
                page: name, visit: firstVisit ? 'first' : 'repeat',
                performance: pick('performance'), min: Math.min(...samples.map(s => s.performance)),
                accessibility: pick('accessibility'), bestPractices: pick('bestPractices'),
                fcp: pick('fcp'), lcp: pick('lcp'), tbt: pick('tbt'), cls: pick('cls'),
                kib: pick('transferred') / 1024, requests: pick('requests'), fromNetwork: pick('fromNetwork'),
                failing: [...new Set(samples.flatMap(s => s.failing))].join(' '),
            });
        }
    }

    console.log(`\nLighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile (simulated slow 4G, 4x CPU), median of ${runs}:\n`);
    console.log('| page | visit | performance (min) | accessibility | best practices | FCP | LCP | TBT | CLS | transferred | requests (from network) | below 0.9 |');
    console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const r of rows) {
        console.log(`| ${r.page} | ${r.visit} | ${r.performance} (${r.min}) | ${r.accessibility} | ${r.bestPractices} | ${(r.fcp / 1000).toFixed(1)} s | ${(r.lcp / 1000).toFixed(1)} s | ${Math.round(r.tbt)} ms | ${r.cls.toFixed(3)} | ${r.kib.toFixed(0)} KiB | ${r.requests} (${r.fromNetwork}) | ${r.failing || '—'} |`);
    }
} finally {
    await browser.close();
}
