// What a person does on a page before its interactive part has started (issue 18: the prerendered page is on screen,
// the circuit is still connecting): a click on one of its buttons and text typed into one of its fields are kept, and
// done again, in order, once the page has started (#render-state turns data-interactive="true"); until then the pointer
// says the page is still starting. Loaded first in <body>, before Blazor's script, so nothing done while that script
// loads is missed. The page is rebuilt when it starts (Blazor Server adopts no prerendered DOM): an element is found
// again by its id, or else by its place under <main>.
(function () {
    'use strict';
    var pending = [];
    var focusPath = null;

    function island() {
        var state = document.getElementById('render-state');
        return state && state.getAttribute('data-interactive') === 'false' ? document.getElementById('main') : null;
    }

    function pathOf(element, root) {
        if (element.id) { return { id: element.id }; }
        var steps = [];
        for (var e = element; e && e !== root; e = e.parentElement) {
            steps.unshift(Array.prototype.indexOf.call(e.parentElement.children, e));
        }
        return { steps: steps };
    }

    function find(path) {
        if (path.id) { return document.getElementById(path.id); }
        var e = document.getElementById('main');
        for (var i = 0; e && i < path.steps.length; i++) { e = e.children[path.steps[i]]; }
        return e;
    }

    function keep(entry) {
        pending.push(entry);
        document.documentElement.classList.add('page-starting');
    }

    document.addEventListener('click', function (event) {
        var root = island();
        var target = root && event.target instanceof Element
            ? event.target.closest('button, [role=button], input[type=checkbox], input[type=radio]') : null;
        if (!target || !root.contains(target)) { return; }
        event.preventDefault();
        event.stopPropagation();
        keep({ click: pathOf(target, root) });
    }, true);

    document.addEventListener('input', function (event) {
        var root = island();
        var field = root && event.target instanceof Element ? event.target.closest('input, textarea') : null;
        if (!field || !root.contains(field) || field.type === 'checkbox' || field.type === 'radio' || field.type === 'file') { return; }
        var path = pathOf(field, root);
        pending = pending.filter(function (p) { return !p.value || JSON.stringify(p.value) !== JSON.stringify(path); });
        keep({ value: path, text: field.value });
    }, true);

    document.addEventListener('focusin', function (event) {
        var root = island();
        if (root && event.target instanceof Element && root.contains(event.target)) { focusPath = pathOf(event.target, root); }
    }, true);

    // Typed text first, each field entered and left as a person would (a field that saves on a pause in typing takes
    // its value when it is left), then the clicks; with no click, the focus goes back where it was.
    function replay() {
        var done = pending;
        pending = [];
        document.documentElement.classList.remove('page-starting');
        done.forEach(function (p) {
            var e = find(p.value || p.click);
            if (!e) { return; }
            if (p.value) {
                e.focus({ preventScroll: true });
                e.value = p.text;
                e.dispatchEvent(new Event('input', { bubbles: true }));
                e.dispatchEvent(new Event('change', { bubbles: true }));
                e.blur();
            } else {
                e.click();
            }
        });
        var focused = focusPath && !done.some(function (p) { return p.click; }) ? find(focusPath) : null;
        if (focused && typeof focused.focus === 'function') { focused.focus({ preventScroll: true }); }
    }

    // Started: Blazor renders the marker anew with data-interactive="true".
    var watch = new MutationObserver(function () {
        var state = document.getElementById('render-state');
        if (!state || state.getAttribute('data-interactive') !== 'true') { return; }
        watch.disconnect(); // started, or a static page with nothing to start
        if (pending.length > 0 || focusPath) { setTimeout(replay, 0); }
    });
    watch.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-interactive'] });
})();
