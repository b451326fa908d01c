// The static layout's behaviour (Components/Layout/MainLayout.razor), in a file: the Content-Security-Policy allows no
// inline script (docs/security.md). Listeners sit on the document, so they keep working when enhanced navigation
// replaces the layout's elements.
(function () {
    'use strict';
    var phone = window.matchMedia('(max-width: 959px)');

    function drawer() { return document.getElementById('main-menu'); }
    function toggle() { return document.getElementById('drawer-toggle'); }

    function isOpen(menu) {
        return menu.classList.contains('mud-drawer--open') && !(phone.matches && menu.classList.contains('mud-drawer--initial'));
    }

    function setOpen(open) {
        var menu = drawer();
        if (!menu) { return; }
        menu.classList.remove('mud-drawer--initial');
        menu.classList.toggle('mud-drawer--open', open);
        menu.classList.toggle('mud-drawer--closed', !open);
        var layout = menu.closest('.mud-layout');
        if (layout) {
            layout.classList.toggle('mud-drawer-open-responsive-md-right', open && !phone.matches);
            layout.classList.toggle('mud-drawer-close-responsive-md-right', !(open && !phone.matches));
        }
        var button = toggle();
        if (button) { button.setAttribute('aria-expanded', open ? 'true' : 'false'); }
        if (!phone.matches) { sessionStorage.setItem('coopportal.menu', open ? 'open' : 'closed'); }
    }

    // What the page starts with, and what it turns to when the window crosses the phone width: the server renders
    // the menu open, and a phone hides it by the CSS of MudBlazor's responsive drawer (mud-drawer--initial) until
    // asked; a person who closed it on a wide screen keeps it closed on the next page.
    function restore() {
        var menu = drawer();
        if (!menu) { return; }
        var button = toggle();
        if (phone.matches) {
            menu.classList.add('mud-drawer--initial', 'mud-drawer--open');
            menu.classList.remove('mud-drawer--closed');
            if (button) { button.setAttribute('aria-expanded', 'false'); }
        } else {
            setOpen(sessionStorage.getItem('coopportal.menu') !== 'closed');
        }
    }

    function closeMenus(except) {
        document.querySelectorAll('details.account-menu[open]').forEach(function (d) {
            if (d !== except) { d.removeAttribute('open'); }
        });
    }

    document.addEventListener('click', function (event) {
        var target = event.target instanceof Element ? event.target : null;
        if (!target) { return; }

        if (target.closest('#drawer-toggle')) {
            var menu = drawer();
            if (menu) { setOpen(!isOpen(menu)); }
            return;
        }
        closeMenus(target.closest('details.account-menu'));
        // On a phone the menu is drawn over the page: choosing a link or tapping outside closes it.
        var open = drawer();
        if (open && phone.matches && isOpen(open) && (target.closest('#main-menu a') || !target.closest('#main-menu'))) {
            setOpen(false);
        }
    });

    // An error summary's link takes the keyboard to its field: a link to a fragment only scrolls to it. Caught before
    // Blazor's navigation sees the click.
    // A field folded away (a member shown as a row of the members list) is opened first by the control that holds it
    // (data-holds: the start of its fields' ids), then focused once it is shown.
    function focusField(field) {
        // The id may name the field's wrapper (a drop-down list, a group of fields): its first control takes the focus.
        var control = field.matches('input, select, textarea, button, [tabindex]') ? field
            : field.querySelector('input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"]), button') || field;
        control.focus();
        control.scrollIntoView({ block: 'center' });
    }

    document.addEventListener('click', function (event) {
        var fix = event.target instanceof Element ? event.target.closest('#error-summary a[href*="#"]') : null;
        if (!fix) { return; }
        var id = decodeURIComponent(fix.getAttribute('href').split('#')[1]);
        var field = document.getElementById(id);
        var holder = field ? null : Array.prototype.find.call(document.querySelectorAll('[data-holds]'), function (h) {
            return id.indexOf(h.getAttribute('data-holds')) === 0;
        });
        if (!field && !holder) { return; }
        event.preventDefault();
        event.stopPropagation();
        if (field) { focusField(field); return; }
        var shown = new MutationObserver(function () {
            var opened = document.getElementById(id);
            if (!opened) { return; }
            shown.disconnect();
            focusField(opened);
        });
        shown.observe(document.body, { childList: true, subtree: true });
        setTimeout(function () { shown.disconnect(); }, 10000);
        holder.click();
    }, true);

    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Escape') { return; }
        var details = document.querySelector('details.account-menu[open]');
        if (details) {
            details.removeAttribute('open');
            var summary = details.querySelector('summary');
            if (summary) { summary.focus(); }
            return;
        }
        // A MudBlazor menu (the statistics' «خروجی») closes itself on Escape from one of its items, but not on an
        // Escape pressed while its button still has the focus (the list not focused yet): then its button closes it.
        // Either way the focus goes back to the button once the menu is closed, unless the person has moved on.
        var focused = document.activeElement;
        var list = focused && focused.closest ? focused.closest('[role=menu]') : null;
        var opener = list && list.id ? document.querySelector('[aria-controls="' + list.id + '"]') : focused;
        if (opener && opener.getAttribute && opener.getAttribute('aria-haspopup') === 'menu' && opener.getAttribute('aria-expanded') === 'true') {
            if (!list) {
                event.preventDefault();
                opener.click();
            }
            var refocus = function () {
                var now = document.activeElement;
                if (!now || now === document.body || now.closest('[role=menu]')) { opener.focus(); }
            };
            var watch = new MutationObserver(function () {
                if (opener.getAttribute('aria-expanded') === 'true') { return; }
                watch.disconnect();
                refocus();
                setTimeout(refocus, 0);
            });
            watch.observe(opener, { attributes: true, attributeFilter: ['aria-expanded'] });
            setTimeout(function () { watch.disconnect(); }, 10000);
            return;
        }
        var menu = drawer();
        if (menu && phone.matches && isOpen(menu)) {
            setOpen(false);
            var button = toggle();
            if (button) { button.focus(); }
        }
    });

    // After a navigation the keyboard's focus moves to the new page's heading, so a screen reader announces it and the
    // keyboard starts from the page, not from the link that was followed. A static page has its heading when the
    // navigation ends; an interactive page shows it when its island has rendered, which may come before or after that
    // (the island calls focusHeading each time it shows a page). A full page load leaves the focus to the browser.
    var pendingFocus = false;
    var islandShown = null;

    // A form sent back with errors starts at its error summary (a static account page after its post): the summary is
    // read out and links to each field. An interactive page's summary lists what its sections still need as the person
    // arrives; the person starts from the page's heading there.
    function focusErrors() {
        var summary = document.getElementById('error-summary');
        if (!summary || document.querySelector('#render-state:not([data-static])')) { return false; }
        summary.focus();
        return true;
    }

    function focusOn(heading) {
        if (!heading.hasAttribute('tabindex')) { heading.setAttribute('tabindex', '-1'); }
        heading.focus({ preventScroll: true });
    }

    // An interactive page may render once before its data is read, without its heading, and may build its heading
    // anew as the data comes: for up to ten seconds the focus goes to the heading when it appears and back to it when
    // the element that had it is replaced, unless the person has meanwhile moved on (the focus is elsewhere than where
    // it was when the page changed, which Blazor may keep: a «continue» button in the same place on the next page).
    var headingWatch = null;

    // An address that names a field (a problem's link on a check-answers page: …/sections/finances#decl-Equity) starts
    // the keyboard at that field instead of the heading.
    function fieldOfAddress() {
        if (!location.hash || location.hash.length < 2) { return null; }
        var box = document.getElementById(decodeURIComponent(location.hash.slice(1)));
        if (!box || !box.closest('#main')) { return null; }
        return box.matches('input, select, textarea, button, a[href]') ? box : box.querySelector('input:not([type=hidden]), select, textarea, button');
    }

    function focusNow() {
        if (headingWatch) { headingWatch.disconnect(); headingWatch = null; }
        if (focusErrors()) { return; }
        var main = document.getElementById('main');
        var page = location.href;
        var before = document.activeElement;
        var focused = null;
        function place() {
            var field = fieldOfAddress();
            var heading = field || document.querySelector('#main h1');
            var active = document.activeElement;
            if (!heading || heading === active) { return; }
            var movedOn = active && active !== document.body && active !== before && active !== focused;
            if (location.href !== page || movedOn) { return; }
            if (field) {
                field.focus({ preventScroll: true });
                field.scrollIntoView({ block: 'center' });
            } else {
                focusOn(heading);
            }
            focused = heading;
        }
        place();
        if (!main || typeof MutationObserver === 'undefined') { return; }
        var watch = new MutationObserver(place);
        headingWatch = watch;
        watch.observe(main, { childList: true, subtree: true });
        setTimeout(function () { watch.disconnect(); if (headingWatch === watch) { headingWatch = null; } }, 10000);
    }

    // Save as you type (issue 18, Common/Autosave.cs): from the first key typed in a case's form (data-autosave, which
    // holds the typing pause in milliseconds) until the save answers, the page says the text is not saved yet, and
    // leaving or reloading the page asks first. An answer counts when it is new (data-answer), a success (data-failed),
    // and comes after the field was left or the typing pause passed since the last key; a refused save leaves the text
    // unsaved. The page is watched only while something is unsaved.
    var unsaved = null;
    var answerAtLastKey = null;
    var lastKey = 0;
    var leftAt = 0;
    function typingState(show) {
        var state = document.getElementById('typing-state');
        if (state) { state.hidden = !show; }
    }
    function saveStatus() { return document.getElementById('save-status'); }
    function saved() {
        unsaved = null;
        answers.disconnect();
        typingState(false);
    }
    var answers = new MutationObserver(function () {
        if (!unsaved) { return; }
        if (!document.contains(unsaved)) { saved(); return; }
        var status = saveStatus();
        if (!status || status.getAttribute('data-answer') === answerAtLastKey) { return; }
        if (status.getAttribute('data-failed') === 'true') { typingState(false); return; }
        var pause = parseInt(unsaved.getAttribute('data-autosave'), 10) || 0;
        if (lastKey > leftAt && Date.now() - lastKey < pause) { return; }
        saved();
    });
    document.addEventListener('input', function (event) {
        var form = event.target && event.target.closest ? event.target.closest('[data-autosave]') : null;
        if (!form) { return; }
        if (!unsaved) {
            answers.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['data-answer', 'data-failed'] });
        }
        unsaved = form;
        lastKey = Date.now();
        var status = saveStatus();
        answerAtLastKey = status ? status.getAttribute('data-answer') : null;
        // A failed save's own message (a refusal, the database away) already says it is not saved: not covered.
        typingState(!status || status.getAttribute('data-failed') !== 'true');
    }, true);
    document.addEventListener('focusout', function (event) {
        if (unsaved && event.target && event.target.closest && event.target.closest('[data-autosave]')) { leftAt = Date.now(); }
    }, true);
    window.addEventListener('beforeunload', function (event) {
        if (!unsaved || !document.contains(unsaved)) { return; }
        event.preventDefault();
        event.returnValue = '';
    });

    window.coopPortal = window.coopPortal || {};
    window.coopPortal.focusHeading = function () {
        islandShown = location.href;
        if (pendingFocus) {
            pendingFocus = false;
            focusNow();
        }
    };

    // After a row is added (a member), the keyboard goes into it; after one is removed, to the given control.
    // True when the focus is in the box (given now, or already there); false when the box or its field is not on the
    // page yet (the caller asks again after its next render).
    window.coopPortal.focusFirstField = function (selector) {
        var box = document.querySelector(selector);
        if (!box) { return false; }
        // Already in it (a summary's link opened a member and took the focus to the field it names): left there.
        if (box !== document.activeElement && box.contains(document.activeElement)) { return true; }
        // A box made focusable on purpose (an error summary, tabindex="-1") takes the focus itself.
        var field = box.matches('input, select, textarea, button, a[href]') || box.hasAttribute('tabindex') ? box : box.querySelector('input:not([type=hidden]), select, textarea');
        if (!field) { return false; }
        field.focus({ preventScroll: true });
        field.scrollIntoView({ block: 'center' });
        return true;
    };

    // A calendar opened under a date field (Common/JalaliDateField.razor): the keyboard goes to the chosen day, else
    // today, else its first button.
    window.coopPortal.focusCalendar = function (id) {
        var calendar = document.getElementById(id);
        if (!calendar) { return; }
        var day = calendar.querySelector('button.mud-selected') || calendar.querySelector('button.mud-current') || calendar.querySelector('button');
        if (day) { day.focus(); }
    };

    function afterNavigation() {
        restore();
        lastContact = Date.now();
        activeSinceContact = false;
        scheduleIdle();
        if (document.querySelector('#render-state[data-static]') || islandShown === location.href) {
            pendingFocus = false;
            focusNow();
        } else {
            pendingFocus = true;
        }
    }

    // A table wider than the screen (on a phone) scrolls sideways inside its own box. That box is then given to the
    // keyboard (Tab stops on it, the arrow keys scroll it) and named after the table, so it can be read without a
    // mouse (WCAG 2.1.1; axe's scrollable-region-focusable). A box that fits again is given back.
    function tableName(box) {
        var table = box.querySelector('table');
        var caption = table && table.querySelector('caption');
        if (caption && caption.textContent.trim()) { return caption.textContent.trim(); }
        if (table && table.getAttribute('aria-label')) { return table.getAttribute('aria-label'); }
        var heading = box.closest('section, .mud-paper, #main');
        heading = heading && heading.querySelector('h2, h3, h4');
        return heading && heading.textContent.trim() ? 'جدول ' + heading.textContent.trim() : 'جدول';
    }

    function markScrollRegions() {
        document.querySelectorAll('#main .mud-table-container').forEach(function (box) {
            var scrolls = box.scrollWidth > box.clientWidth + 1;
            if (scrolls && !box.hasAttribute('data-scroll-region')) {
                box.setAttribute('data-scroll-region', '');
                box.setAttribute('tabindex', '0');
                box.setAttribute('role', 'region');
                box.setAttribute('aria-label', tableName(box) + '، با پیمایش افقی');
            } else if (!scrolls && box.hasAttribute('data-scroll-region')) {
                ['data-scroll-region', 'tabindex', 'role', 'aria-label'].forEach(function (a) { box.removeAttribute(a); });
            }
        });
    }

    var regionsQueued = false;
    function queueScrollRegions() {
        if (regionsQueued) { return; }
        regionsQueued = true;
        requestAnimationFrame(function () { regionsQueued = false; markScrollRegions(); });
    }

    // The idle warning (Layout/IdleWarning.razor). The session's idle time counts from the last page the server sent
    // (each renews the cookie); typing or clicking in a page that talks only to its circuit does not reach the cookie.
    // Shortly before the end: a person who was active meanwhile is kept signed in without a word; anyone else is asked.
    // A minute is kept in hand for the server's own clock (it renews a cookie at most once a minute).
    var lastContact = Date.now();
    var activeSinceContact = false;
    var warnTimer = null;
    var endTimer = null;
    var tickTimer = null;

    function idleDialog() { return document.getElementById('idle-warning'); }

    function persianDigits(text) { return String(text).replace(/[0-9]/g, function (d) { return '۰۱۲۳۴۵۶۷۸۹'[+d]; }); }

    function scheduleIdle() {
        clearTimeout(warnTimer);
        clearTimeout(endTimer);
        var dialog = idleDialog();
        if (!dialog) { return; }
        var deadline = lastContact + (Number(dialog.dataset.idleSeconds) - 60) * 1000;
        warnTimer = setTimeout(idleWarningDue, Math.max(0, deadline - Number(dialog.dataset.warnSeconds) * 1000 - Date.now()));
        endTimer = setTimeout(idleEnded, Math.max(0, deadline - Date.now()));
        dialog.dataset.deadline = String(deadline);
    }

    function showCountdown() {
        var dialog = idleDialog();
        var counter = document.getElementById('idle-countdown');
        if (!dialog || !counter) { return; }
        var seconds = Math.max(0, Math.round((Number(dialog.dataset.deadline) - Date.now()) / 1000));
        counter.textContent = seconds >= 60
            ? persianDigits(Math.ceil(seconds / 60)) + ' دقیقه'
            : persianDigits(seconds) + ' ثانیه';
    }

    function idleWarningDue() {
        var dialog = idleDialog();
        if (!dialog) { return; }
        if (activeSinceContact) { keepAlive(); return; }
        showCountdown();
        if (!dialog.open) { dialog.showModal(); }
        clearInterval(tickTimer);
        tickTimer = setInterval(showCountdown, 1000);
    }

    function closeIdleDialog() {
        clearInterval(tickTimer);
        var dialog = idleDialog();
        if (dialog && dialog.open) { dialog.close(); }
    }

    function idleEnded() {
        closeIdleDialog();
        var dialog = idleDialog();
        if (!dialog) { return; }
        var here = location.pathname + location.search;
        location.assign(dialog.dataset.login + '?Reason=idle&ReturnUrl=' + encodeURIComponent(here));
    }

    function keepAlive() {
        var dialog = idleDialog();
        if (!dialog) { return; }
        fetch(dialog.dataset.keepAlive, { method: 'POST', credentials: 'same-origin', cache: 'no-store', redirect: 'manual' })
            .then(function (response) {
                if (response.status === 204) {
                    lastContact = Date.now();
                    activeSinceContact = false;
                    closeIdleDialog();
                    scheduleIdle();
                } else {
                    idleEnded();
                }
            })
            .catch(function () { /* no connection: the timers stay, the person may try again */ });
    }

    ['keydown', 'pointerdown', 'input'].forEach(function (name) {
        document.addEventListener(name, function (event) {
            if (!(event.target instanceof Element && event.target.closest('#idle-warning'))) { activeSinceContact = true; }
        }, true);
    });
    document.addEventListener('click', function (event) {
        if (event.target instanceof Element && event.target.closest('#idle-continue')) { keepAlive(); }
    });
    // Escape closes a modal dialog by itself: that is «continue» too.
    document.addEventListener('cancel', function (event) {
        if (event.target instanceof Element && event.target.id === 'idle-warning') { event.preventDefault(); keepAlive(); }
    }, true);

    window.addEventListener('resize', queueScrollRegions);
    new MutationObserver(queueScrollRegions).observe(document.documentElement, { childList: true, subtree: true });

    function pageLoaded() {
        focusErrors();
        scheduleIdle();
    }

    restore();
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', pageLoaded);
    } else {
        pageLoaded();
    }
    phone.addEventListener('change', restore);
    if (window.Blazor && typeof window.Blazor.addEventListener === 'function') {
        window.Blazor.addEventListener('enhancedload', afterNavigation);
    } else {
        document.addEventListener('DOMContentLoaded', function () {
            if (window.Blazor && typeof window.Blazor.addEventListener === 'function') {
                window.Blazor.addEventListener('enhancedload', afterNavigation);
            }
        });
    }
})();
