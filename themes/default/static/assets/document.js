// Paragraph links (¶) on a document page, without a tab stop each.
//
// Every paragraph and list item ends with a link to itself, so that a reader
// can point others at it. Reached one by one with the Tab key they would be
// most of a page's tab stops (a keyboard user would press Tab a hundred
// times to reach the history). So this script takes them out of the tab
// order and puts one button before the text that brings them back: a
// keyboard user who wants to link to a paragraph presses it once. Pointer
// and touch users click them as before; screen readers list them with the
// other links either way. Without JavaScript every link keeps its tab stop.
(function () {
  'use strict';
  var text = document.querySelector('.document-body[data-block-links-label]');
  if (!text) return;
  var links = text.querySelectorAll('a.block-link');
  if (links.length === 0) return;
  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'block-links-toggle';
  button.textContent = text.getAttribute('data-block-links-label');
  function reachable(on) {
    for (var i = 0; i < links.length; i++) {
      if (on) links[i].removeAttribute('tabindex');
      else links[i].setAttribute('tabindex', '-1');
    }
    button.setAttribute('aria-pressed', on ? 'true' : 'false');
  }
  button.addEventListener('click', function () {
    reachable(button.getAttribute('aria-pressed') !== 'true');
  });
  reachable(false);
  text.parentNode.insertBefore(button, text);
})();

// "Skriv ut / PDF": the page prints itself (print.css), so the button only
// opens the browser's print dialog. It is hidden in the page and shown here,
// since without JavaScript it could do nothing; the browser's own print
// command gives the same paper.
(function () {
  'use strict';
  var buttons = document.querySelectorAll('.print-button');
  for (var i = 0; i < buttons.length; i++) {
    buttons[i].addEventListener('click', function () {
      window.print();
    });
    buttons[i].parentNode.removeAttribute('hidden');
  }
})();
