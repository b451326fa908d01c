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

    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Escape') { return; }
        var details = document.querySelector('details.account-menu[open]');
        if (details) {
            details.removeAttribute('open');
            var summary = details.querySelector('summary');
            if (summary) { summary.focus(); }
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

    function focusNow() {
        var heading = document.querySelector('#main h1');
        if (!heading) { return; }
        if (!heading.hasAttribute('tabindex')) { heading.setAttribute('tabindex', '-1'); }
        heading.focus({ preventScroll: true });
    }

    window.coopPortal = window.coopPortal || {};
    window.coopPortal.focusHeading = function () {
        islandShown = location.href;
        if (pendingFocus) {
            pendingFocus = false;
            focusNow();
        }
    };

    function afterNavigation() {
        restore();
        if (document.querySelector('#render-state[data-static]') || islandShown === location.href) {
            pendingFocus = false;
            focusNow();
        } else {
            pendingFocus = true;
        }
    }

    restore();
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
