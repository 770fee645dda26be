/*
 * The course site's only script, shipped by the skin and loaded with defer. Everything it adds needs
 * JavaScript to work, so everything it adds is made here: without JavaScript the page shows none of it.
 * Nothing is loaded from another host.
 */
(function () {
  'use strict';

  /* One polite live region for short announcements ("Copied"). */
  var status = document.createElement('div');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  status.id = 'course-status';
  document.body.appendChild(status);

  function announce(text) {
    status.textContent = '';
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  /* Copy buttons on listings and shell commands. Callout numbers are not copied. */
  function listingText(pre) {
    var copy = pre.cloneNode(true);
    copy.querySelectorAll('.conum, .conum + b').forEach(function (n) { n.remove(); });
    return copy.textContent.replace(/[ \t]+$/gm, '').replace(/\n+$/, '') + '\n';
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return copyByCommand(text); });
    }
    return copyByCommand(text);
  }

  function copyByCommand(text) {
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.top = '-1000px';
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      area.remove();
      if (ok) { resolve(); } else { reject(new Error('copy refused')); }
    });
  }

  document.querySelectorAll('.listingblock pre').forEach(function (pre, i) {
    var holder = pre.parentNode;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = 'Copy';
    var title = holder.parentNode.querySelector(':scope > .title');
    button.setAttribute('aria-label', title ? 'Copy: ' + title.textContent : 'Copy listing ' + (i + 1));
    button.addEventListener('click', function () {
      copyText(listingText(pre)).then(function () {
        button.textContent = 'Copied';
        announce('Copied');
        window.setTimeout(function () { button.textContent = 'Copy'; }, 2000);
      }, function () {
        announce('Copying failed: select the text and copy it by hand');
      });
    });
    holder.classList.add('has-copy');
    holder.insertBefore(button, pre);
  });

  /* Dark theme: follows the system unless the reader chose with the toggle; the choice is remembered. */
  var root = document.documentElement;
  var dark = window.matchMedia('(prefers-color-scheme: dark)');
  var toggle = document.querySelector('.theme-toggle');

  function theme() {
    var chosen = root.getAttribute('data-theme');
    return chosen === 'dark' || chosen === 'light' ? chosen : (dark.matches ? 'dark' : 'light');
  }

  function showTheme() {
    if (toggle) {
      toggle.setAttribute('aria-pressed', theme() === 'dark' ? 'true' : 'false');
    }
  }

  if (toggle) {
    toggle.addEventListener('click', function () {
      var next = theme() === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try { window.localStorage.setItem('course-theme', next); } catch (e) { /* private mode: not remembered */ }
      showTheme();
    });
    if (dark.addEventListener) {
      dark.addEventListener('change', showTheme);
    }
    showTheme();
  }

  var tools = document.querySelector('.header-tools');
  if (tools) {
    tools.hidden = false;
  }
})();
