// Buttons marked data-print open the browser's print dialog. A listener in a file, not an inline onclick: the
// Content-Security-Policy allows no inline script (docs/security.md).
document.addEventListener('click', function (event) {
    if (event.target instanceof Element && event.target.closest('[data-print]')) {
        window.print();
    }
});
