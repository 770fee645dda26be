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

  /*
   * Offline search: js/search-index.js (written by the site build) and lunr (js/lunr.min.js) are loaded when
   * the reader first goes to the search box (as script elements, which also work from file://), so that a page
   * that is only read does not carry them; the lunr index is built then. Results link to the section's anchor.
   * Keyboard: arrow keys or Tab move through the results, Enter opens one, Escape closes the list.
   */
  var here = document.currentScript && document.currentScript.src;
  var siteRoot = here ? here.replace(/js\/course\.js(\?.*)?$/, '') : '';
  var input = document.getElementById('search-input');
  var panel = document.getElementById('search-results');
  var searchStatus = document.getElementById('search-status');
  var index = null;
  var waiting = null; // what to do once lunr and the index have loaded, while they load

  function whenLoaded(then) {
    if (window.lunr && window.COURSE_SEARCH) {
      then();
      return;
    }
    if (waiting) {
      waiting.push(then);
      return;
    }
    waiting = [then];
    var pending = 2;
    ['js/lunr.min.js', 'js/search-index.js'].forEach(function (file) {
      var script = document.createElement('script');
      script.src = siteRoot + file;
      script.onload = function () {
        pending -= 1;
        if (pending === 0) {
          var ready = waiting;
          waiting = null;
          ready.forEach(function (run) { run(); });
        }
      };
      script.onerror = function () {
        searchStatus.textContent = 'The search is not available: ' + file + ' did not load';
      };
      document.head.appendChild(script);
    });
  }

  function searchIndex() {
    if (index || !window.lunr || !window.COURSE_SEARCH) {
      return index;
    }
    var data = window.COURSE_SEARCH;
    index = window.lunr(function () {
      var builder = this;
      builder.ref('i');
      builder.field('title', { boost: 3 });
      builder.field('section', { boost: 5 });
      builder.field('body');
      data.sections.forEach(function (section, i) {
        builder.add({ i: String(i), title: data.pages[section[0]][1], section: section[2], body: section[3] });
      });
    });
    return index;
  }

  function find(text) {
    var idx = searchIndex();
    var words = text.toLowerCase().split(/[^\p{L}\p{N}_]+/u).filter(function (w) { return w.length > 0; });
    if (!idx || words.length === 0) {
      return [];
    }
    var hits = idx.query(function (query) {
      words.forEach(function (word) {
        query.term(word, { boost: 10 });
        query.term(word, { boost: 1, usePipeline: false, wildcard: window.lunr.Query.wildcard.TRAILING });
      });
    });
    // A page ranks by all its matching sections together; its sections follow in their own order of score.
    var pageScore = {};
    var shown = {};
    hits.forEach(function (hit) {
      var page = window.COURSE_SEARCH.sections[Number(hit.ref)][0];
      pageScore[page] = (pageScore[page] || 0) + hit.score;
    });
    return hits.map(function (hit) {
      var section = window.COURSE_SEARCH.sections[Number(hit.ref)];
      return { page: section[0], anchor: section[1], heading: section[2], score: hit.score, pageScore: pageScore[section[0]] };
    }).sort(function (a, b) {
      return b.pageScore - a.pageScore || a.page - b.page || b.score - a.score;
    }).filter(function (result) {
      // At most four sections of one page, so that other pages that match are seen too.
      shown[result.page] = (shown[result.page] || 0) + 1;
      return shown[result.page] <= 4;
    }).slice(0, 12);
  }

  function links() {
    return Array.prototype.slice.call(panel.querySelectorAll('a'));
  }

  function show(text) {
    var list = panel.querySelector('ol');
    list.textContent = '';
    if (text.trim() === '') {
      panel.hidden = true;
      searchStatus.textContent = '';
      return;
    }
    var results = find(text);
    results.forEach(function (result) {
      var page = window.COURSE_SEARCH.pages[result.page];
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = siteRoot + page[0] + (result.anchor ? '#' + result.anchor : '');
      var title = document.createElement('span');
      title.className = 'search-page';
      title.textContent = page[1];
      link.appendChild(title);
      var heading = document.createElement('span');
      heading.className = 'search-section';
      heading.textContent = result.heading || 'Introduction';
      link.appendChild(heading);
      item.appendChild(link);
      list.appendChild(item);
    });
    var said = results.length === 0 ? 'No results' : results.length === 1 ? '1 result' : results.length + ' results';
    searchStatus.textContent = said;
    panel.querySelector('.search-count').textContent = said;
    panel.hidden = false;
  }

  function close() {
    panel.hidden = true;
  }

  if (input && panel && searchStatus) {
    input.addEventListener('input', function () { whenLoaded(function () { show(input.value); }); });
    input.addEventListener('focus', function () { whenLoaded(searchIndex); });
    input.addEventListener('keydown', function (event) {
      var found = links();
      if (event.key === 'ArrowDown' && found.length > 0) {
        event.preventDefault();
        found[0].focus();
      } else if (event.key === 'Enter' && found.length > 0 && !panel.hidden) {
        event.preventDefault();
        found[0].click();
      } else if (event.key === 'Escape') {
        close();
      }
    });
    panel.addEventListener('keydown', function (event) {
      var found = links();
      var at = found.indexOf(document.activeElement);
      if (event.key === 'ArrowDown' && at >= 0) {
        event.preventDefault();
        found[Math.min(at + 1, found.length - 1)].focus();
      } else if (event.key === 'ArrowUp' && at >= 0) {
        event.preventDefault();
        if (at === 0) { input.focus(); } else { found[at - 1].focus(); }
      } else if (event.key === 'Escape') {
        close();
        input.focus();
      }
    });
    document.addEventListener('click', function (event) {
      if (!event.target.closest || !event.target.closest('.search')) {
        close();
      }
    });
  }

  var tools = document.querySelector('.header-tools');
  if (tools) {
    tools.hidden = false;
  }
})();
