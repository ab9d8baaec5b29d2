// OpenNRM's own script. No inline scripts anywhere: the Content-Security-Policy forbids them.
document.addEventListener('DOMContentLoaded', function () {
  // A form sent back with its errors, or merged with what someone else saved: the focus on the message that says so
  // (<div data-focus tabindex="-1">), so that a screen reader reads it first and the next Tab goes on into the form.
  var told = document.querySelector('[data-focus]');
  if (told) {
    told.focus();
  }
  // A refused form's error summary (fragments/errors.html): a link to a field takes the focus there, with the field's
  // label (or, for a choice, its legend) in view above it; followed as a link, it would only scroll to the field.
  document.querySelectorAll('.error-summary a[href^="#"]').forEach(function (link) {
    link.addEventListener('click', function (event) {
      var field = document.getElementById(decodeURIComponent(link.getAttribute('href').substring(1)));
      if (!field) {
        return;
      }
      event.preventDefault();
      var fieldset = field.closest('fieldset');
      var label = fieldset ? fieldset.querySelector('legend')
        : document.querySelector('label[for="' + field.id + '"]') || field.closest('label');
      (label || field).scrollIntoView();
      field.focus({ preventScroll: true });
    });
  });
  // Buttons that ask before a consequential action: <button data-confirm="…">
  document.querySelectorAll('[data-confirm]').forEach(function (el) {
    el.addEventListener('click', function (event) {
      if (!window.confirm(el.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
  // Fields the browser checks before a form is sent (required on the sign-in form): the browser's own message is in
  // the browser's language, which on a shared or borrowed computer may not be the person's; the page's is:
  // <input required data-missing="…">. Set when the field is found empty, taken back as soon as it is typed in.
  document.querySelectorAll('[data-missing]').forEach(function (field) {
    field.addEventListener('invalid', function () {
      field.setCustomValidity(field.validity.valueMissing ? field.getAttribute('data-missing') : '');
    });
    field.addEventListener('input', function () {
      field.setCustomValidity('');
    });
  });
  // Copy buttons: <button data-copy="id-of-input" data-copied="Copied">
  document.querySelectorAll('[data-copy]').forEach(function (button) {
    button.addEventListener('click', function () {
      var input = document.getElementById(button.getAttribute('data-copy'));
      if (!input) {
        return;
      }
      input.select();
      var done = function () {
        if (button.getAttribute('data-copied')) {
          button.textContent = button.getAttribute('data-copied');
          // said by a screen reader too, which does not read out a focused button's new text
          var status = document.getElementById(button.getAttribute('data-copy') + '-copied');
          if (status) {
            status.textContent = button.getAttribute('data-copied');
          }
        }
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(input.value).then(done);
      } else if (document.execCommand && document.execCommand('copy')) {
        done();
      }
    });
  });
});
// htmx requests carry the CSRF token from the page's meta tags.
document.addEventListener('htmx:configRequest', function (event) {
  var header = document.querySelector('meta[name="_csrf_header"]');
  var token = document.querySelector('meta[name="_csrf"]');
  if (header && token) {
    event.detail.headers[header.content] = token.content;
  }
});
// A part of a page asked for by htmx and answered with an error (htmx swaps nothing then: the part stays as it was,
// without a word), or not answered at all: a message where it was asked for, in a region a screen reader reads out
// (role="alert"), and nothing on the page lost. The message is the answer's own detail (the error page's line under
// its heading, or problem details), in the person's language ("The service is temporarily unavailable. Please try
// again in a minute." while the database is out of reach); for an answer that is no page of OpenNRM's, or none, the
// page's own text (data-request-failed on <body>).
// Gone when a request from the same place succeeds. A refusal or an ended session is not shown here: the server sends
// the whole page elsewhere (HX-Redirect), which htmx follows before it would report an error.
(function () {
  function messageFor(xhr) {
    var type = (xhr && xhr.responseText && xhr.getResponseHeader('Content-Type')) || '';
    if (/json/.test(type)) {
      // problem details, which a request that asks for no page in particular is answered with (a 503 among them)
      try {
        var problem = JSON.parse(xhr.responseText);
        if (problem.detail) {
          return problem.detail;
        }
      } catch (ignored) {
        // not problem details: the page's own text
      }
    }
    if (/html/.test(type)) {
      var page = new DOMParser().parseFromString(xhr.responseText, 'text/html');
      var heading = page.querySelector('main h1');
      var line = heading && heading.nextElementSibling;
      if (line && line.tagName === 'P') {
        return line.textContent.trim();
      }
    }
    return document.body.getAttribute('data-request-failed');
  }
  // the message under the element that asked; found again by that element's id, which a part swapped in keeps
  function messageOf(from) {
    var next = from.id ? document.querySelector('.request-failed[data-for="' + CSS.escape(from.id) + '"]')
      : from.nextElementSibling;
    return next && next.classList.contains('request-failed') ? next : null;
  }
  function failed(event) {
    var from = event.detail.elt;
    var message = messageOf(from);
    if (!message) {
      message = document.createElement('p');
      message.className = 'alert error request-failed';
      message.setAttribute('role', 'alert');
      if (from.id) {
        message.setAttribute('data-for', from.id);
      }
      from.insertAdjacentElement('afterend', message);
    }
    var text = messageFor(event.detail.xhr);
    // the same text again (a part asked for every few seconds) is not read out again
    if (message.textContent !== text) {
      message.textContent = text;
    }
  }
  document.addEventListener('htmx:responseError', failed);
  document.addEventListener('htmx:sendError', failed);
  document.addEventListener('htmx:afterRequest', function (event) {
    var message = event.detail.successful && messageOf(event.detail.elt);
    if (message) {
      message.remove();
    }
  });
})();
// A list whose options another field asks for (<select data-keeps-choice>: the roles of the organisation chosen). The
// answer selects what the list held when it was asked; on a slow network the person may have chosen meanwhile, and that
// latest choice is the one kept: chosen again if the answer offers it (the organisation's type holds the role), else
// the list is back to "Choose" (value ""), to be chosen again, never the earlier choice the answer selected. A list
// whose choice changes so is told (change), for what follows it (the role's scopes) to be asked again.
(function () {
  var meanwhile = new WeakMap();
  document.addEventListener('htmx:beforeSwap', function (event) {
    var list = event.detail.target;
    if (list && list.tagName === 'SELECT' && list.hasAttribute('data-keeps-choice')) {
      meanwhile.set(list, list.value);
    }
  });
  document.addEventListener('htmx:afterSwap', function (event) {
    var list = event.detail.target;
    if (!list || !meanwhile.has(list)) {
      return; // not such a list, or already seen: htmx tells each element swapped in
    }
    var chosen = meanwhile.get(list);
    meanwhile.delete(list);
    var offered = Array.prototype.some.call(list.options, function (option) {
      return option.value === chosen;
    });
    var kept = offered ? chosen : '';
    if (list.value !== kept) {
      list.value = kept;
      var change = new Event('change', { bubbles: true });
      change.opennrmKept = true; // the person's choice put back, not a new one (below)
      list.dispatchEvent(change);
    }
  });
})();
// A list whose options follow another list's choice, each answer selecting a default of its own (<select
// data-keeps-choice-for="role">: the scopes of the role chosen, the role's default selected). A choice the person made
// in it since they last chose in that other list is theirs for what they chose there: an answer that comes after it (a
// slow network: the organisation's roles, or the role's scopes, asked before) keeps it if it offers it (the role the
// form ends on allows the scope); if not, the answer's default stands. Choosing in the other list again forgets it: a
// new role, its default scope.
(function () {
  var chosen = new WeakMap();
  document.addEventListener('change', function (event) {
    var list = event.target;
    if (event.opennrmKept || !list || list.tagName !== 'SELECT') {
      return;
    }
    if (list.hasAttribute('data-keeps-choice-for')) {
      chosen.set(list, list.value);
    }
    if (list.id) {
      document.querySelectorAll('select[data-keeps-choice-for="' + CSS.escape(list.id) + '"]').forEach(function (after) {
        chosen.delete(after);
      });
    }
  });
  // htmx tells each element swapped in, the list's own options' too: whichever tells it first, the choice is put back
  function keep(event) {
    var list = event.detail.target;
    if (!list || !chosen.has(list)) {
      return;
    }
    var value = chosen.get(list);
    var offered = Array.prototype.some.call(list.options, function (option) {
      return option.value === value;
    });
    if (offered && list.value !== value) {
      list.value = value;
    }
  }
  document.addEventListener('htmx:afterSwap', keep);
  document.addEventListener('htmx:oobAfterSwap', keep); // the scopes that come with the organisation's roles
})();
// What the layout tells this page's script (<meta name="…" content="…">); null when it tells nothing of the kind.
function opennrmMeta(name) {
  var meta = document.querySelector('meta[name="' + name + '"]');
  return meta ? meta.content : null;
}
// The session's end (fragments/session.html). A signed-in person's page knows when its session ends, as it was served
// (<meta name="session-…">): after so long without a request, and in any case at the end of its lifetime. Before the
// first it warns, in a dialog whose one button extends the session (GET /session); before the second, which nothing
// extends, it warns once, to save now; when the session has ended it says so, and how to go on without losing the
// page. A request from any tab extends the session for every tab: before it warns, or says that the session has
// ended, a page asks what is left (GET /session/remaining, which extends nothing), so that a person busy in another
// tab is not warned here. Timers of a tab in the background run late: a tab brought back to the front asks at once.
(function () {
  var dialog, timeout, warning, lifetimeWarning, idleEnd, lifetimeEnd, timer, due;
  var shown = null; // the part of the dialog shown, while it is open
  var ended = false;
  var lastAsked = 0;
  var WARNED = 'opennrm.lifetimeWarned'; // the lifetime's end already warned of, in any tab

  function warnedOfLifetime() {
    try {
      return Math.abs(Number(localStorage.getItem(WARNED)) - lifetimeEnd) < 5000; // the same end, told to the second
    } catch (unavailable) {
      return false;
    }
  }
  function lifetimeWarned() {
    try {
      localStorage.setItem(WARNED, String(lifetimeEnd));
    } catch (unavailable) {
      // then each tab warns once
    }
  }
  function ask(address) {
    lastAsked = Date.now();
    return fetch(address, { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' } });
  }
  function left(answer) {
    var now = Date.now();
    idleEnd = now + answer.idleSeconds * 1000;
    lifetimeEnd = now + answer.lifetimeSeconds * 1000;
  }
  function show(name) {
    if (dialog.open && shown !== name) {
      // closed and opened again, so that a screen reader announces the dialog's new part as it did the first
      shown = null;
      dialog.close();
    }
    dialog.querySelectorAll('[data-session-state]').forEach(function (part) {
      part.hidden = part.getAttribute('data-session-state') !== name;
    });
    dialog.setAttribute('aria-labelledby', 'session-' + name + '-title');
    dialog.setAttribute('aria-describedby', 'session-' + name + '-text');
    if (name === 'idle') {
      var minutes = Math.max(1, Math.ceil((idleEnd - Date.now()) / 60000));
      var text = dialog.querySelector('[data-session-minutes]');
      var said = minutes === 1 ? text.getAttribute('data-one') : text.getAttribute('data-many').replace('{0}', minutes);
      if (text.textContent !== said) {
        text.textContent = said;
      }
    }
    if (!dialog.open) {
      dialog.querySelector('[data-session-failed]').hidden = true;
      shown = name;
      dialog.showModal();
      var part = dialog.querySelector('[data-session-state="' + name + '"]');
      (part.querySelector('.primary, .button') || part.querySelector('button')).focus();
    }
  }
  function hide() {
    shown = null;
    if (dialog.open) {
      dialog.close();
    }
  }
  function end() {
    clearTimeout(timer);
    if (!ended) {
      ended = true;
      show('ended');
      again(15000);
    }
  }
  // once it has ended: whether the person has signed in again (in another tab), asked now and then, less and less
  // often (a tab left open overnight), and whenever the tab is brought back
  function again(wait) {
    clearTimeout(timer);
    timer = setTimeout(function () {
      if (ended) {
        signedInAgain();
        again(Math.min(wait * 2, 300000));
      }
    }, wait);
  }
  function signedInAgain() {
    ask(opennrmMeta('session-remaining'))
      .then(function (response) {
        return response.ok ? response.json() : { signedIn: false };
      })
      .then(function (answer) {
        if (answer.signedIn) {
          extend();
        }
      }, function () {
        // asked again later
      });
  }
  // what to show now, by what is known of the two ends
  function decide() {
    var now = Date.now();
    if (lifetimeEnd - now <= lifetimeWarning && !warnedOfLifetime()) {
      lifetimeWarned();
      show('lifetime');
    } else if (idleEnd < lifetimeEnd && idleEnd - now <= warning) {
      show('idle');
    } else if (shown === 'idle') {
      hide(); // extended in another tab
    }
    schedule();
  }
  function schedule() {
    clearTimeout(timer);
    if (ended) {
      return;
    }
    var now = Date.now();
    var next = Math.min(idleEnd, lifetimeEnd) + 1000;
    if (idleEnd < lifetimeEnd && idleEnd - warning > now) {
      next = Math.min(next, idleEnd - warning);
    }
    if (lifetimeEnd - lifetimeWarning > now && !warnedOfLifetime()) {
      next = Math.min(next, lifetimeEnd - lifetimeWarning);
    }
    if (shown === 'idle') {
      next = Math.min(next, now + 10000); // closed when another tab extends the session
    }
    due = Math.max(next, now + 1000);
    timer = setTimeout(check, due - now);
  }
  function check() {
    ask(opennrmMeta('session-remaining'))
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(function (answer) {
        if (!answer.signedIn) {
          end();
          return;
        }
        left(answer);
        decide();
      }, function () {
        // the server out of reach: it is not said to have ended; asked again in a while
        if (Math.min(idleEnd, lifetimeEnd) > Date.now()) {
          decide();
        } else {
          clearTimeout(timer);
          timer = setTimeout(check, 15000);
        }
      });
  }
  // "Stay signed in"; also how a page whose session ended goes on once the same person has signed in in another tab
  function extend() {
    ask(opennrmMeta('session-extend'))
      .then(function (response) {
        if (response.status === 401) {
          return null;
        }
        if (!response.ok) {
          throw new Error(response.status);
        }
        return response.json();
      })
      .then(function (answer) {
        if (!answer || answer.draftKey !== opennrmMeta('form-draft-key')) {
          // not signed in, or someone else is, in this browser: this page's forms cannot be sent as its person
          end();
          return;
        }
        left(answer);
        // a new session (signed in again) has a token of its own, which this page's forms and parts now send
        document.querySelectorAll('input[name="_csrf"]').forEach(function (input) {
          input.value = answer.csrfToken;
        });
        var token = document.querySelector('meta[name="_csrf"]');
        if (token) {
          token.content = answer.csrfToken;
        }
        if (ended) {
          ended = false;
          show('resumed');
        } else {
          hide();
        }
        schedule();
      }, function () {
        if (dialog.open) {
          dialog.querySelector('[data-session-failed]').hidden = false;
        }
      });
  }
  function broughtBack() {
    if (document.visibilityState !== 'visible' || Date.now() - lastAsked < 5000) {
      return;
    }
    if (!ended) {
      if (Date.now() >= due) {
        check(); // its timer ran late, in the background
      }
      return;
    }
    signedInAgain();
  }
  document.addEventListener('DOMContentLoaded', function () {
    dialog = document.getElementById('session-dialog');
    if (!dialog || !opennrmMeta('session-idle') || typeof dialog.showModal !== 'function' || !window.fetch) {
      return;
    }
    timeout = Number(opennrmMeta('session-idle')) * 1000;
    warning = Number(opennrmMeta('session-warning')) * 1000;
    lifetimeWarning = Number(opennrmMeta('session-lifetime-warning')) * 1000;
    left({ idleSeconds: timeout / 1000, lifetimeSeconds: Number(opennrmMeta('session-lifetime')) });
    dialog.querySelector('[data-session-stay]').addEventListener('click', extend);
    dialog.querySelectorAll('[data-session-close]').forEach(function (button) {
      button.addEventListener('click', function () {
        dialog.close();
      });
    });
    dialog.addEventListener('close', function () {
      if (!dialog.open) { // not opened again since (show)
        shown = null;
      }
    });
    document.addEventListener('visibilitychange', broughtBack);
    window.addEventListener('focus', broughtBack);
    // a part of this page asked for and answered extended the session
    document.addEventListener('htmx:afterRequest', function (event) {
      if (event.detail.successful && !ended) {
        idleEnd = Date.now() + timeout;
        schedule();
      }
    });
    decide();
  });
})();
// A form's values kept (fragments/session.html). A form sent after its session ended (or was signed out in another
// tab) is not saved: the sign-in page says so, and signing in returns to the form's page. So that what was typed is
// not lost, the script of a signed-in person's page keeps what a form it sends holds, in the tab's own sessionStorage,
// encrypted with the account's key (AES-GCM, <meta name="form-draft-key">): never a password, a file, the CSRF token
// nor a hidden field, but those a form marks as its state (data-draft: the version and values an edit form is based
// on, so that a save restored after someone else's is merged with it, not written over it). The page the form's
// sending leads to decides what becomes of it: the sign-in page or the "not saved" page (data-form-unsaved) keeps it,
// for the form's page; any other page of a signed-in person drops it, after putting it back into the same form if it
// is the form's page and the key is the same account's (another person signing in on this tab cannot read it). It is
// dropped too when the person signs out (and the server's Clear-Site-Data clears the storage), and when it has been
// kept as long as a session waits for a request (<meta name="form-draft-kept">).
(function () {
  var KEY = 'opennrm.formDraft';
  var NOT_KEPT = ['password', 'file', 'submit', 'button', 'reset', 'image'];

  function read() {
    try {
      return JSON.parse(sessionStorage.getItem(KEY));
    } catch (unavailable) {
      return null;
    }
  }
  function write(draft) {
    try {
      sessionStorage.setItem(KEY, JSON.stringify(draft));
    } catch (unavailable) {
      // nothing kept: the sign-in page then asks to enter it again
    }
  }
  function drop() {
    try {
      sessionStorage.removeItem(KEY);
    } catch (unavailable) {
      // nothing was kept
    }
  }
  function bytes(base64) {
    var text = atob(base64);
    var result = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      result[i] = text.charCodeAt(i);
    }
    return result;
  }
  function base64(data) {
    var text = '';
    data.forEach(function (b) {
      text += String.fromCharCode(b);
    });
    return btoa(text);
  }
  // without the key (no one signed in) or WebCrypto (a page not served over HTTPS), nothing is kept
  function keeping() {
    return !!opennrmMeta('form-draft-key') && !!(window.crypto && crypto.subtle && window.TextEncoder);
  }
  function key(use) {
    return crypto.subtle.importKey('raw', bytes(opennrmMeta('form-draft-key')), 'AES-GCM', false, [use]);
  }
  function kept(field) {
    var type = (field.type || '').toLowerCase();
    return !!field.name && !field.disabled && field.name !== '_csrf' && /^(INPUT|SELECT|TEXTAREA)$/.test(field.tagName)
      && NOT_KEPT.indexOf(type) < 0 && (type !== 'hidden' || field.hasAttribute('data-draft'));
  }
  function choice(field) {
    return field.type === 'checkbox' || field.type === 'radio';
  }
  // whether the person changed the field from what the page was served with
  function changed(field) {
    if (field.type === 'hidden') {
      return false;
    }
    if (choice(field)) {
      return field.checked !== field.defaultChecked;
    }
    if (field.tagName === 'SELECT') {
      var options = Array.prototype.slice.call(field.options);
      if (field.multiple) {
        return options.some(function (o) {
          return o.selected !== o.defaultSelected;
        });
      }
      var served = options.findIndex(function (o) {
        return o.defaultSelected;
      });
      return field.selectedIndex !== Math.max(served, 0);
    }
    return field.value !== field.defaultValue;
  }
  function fields(form) {
    return Array.prototype.filter.call(form.elements, kept);
  }
  function typed(form) {
    return fields(form).some(changed);
  }
  function post(form) {
    return (form.getAttribute('method') || '').toLowerCase() === 'post';
  }
  function action(form) {
    return new URL(form.getAttribute('action') || '', location.href).pathname;
  }
  // the form among this page's forms: by where it is sent, and its place among those sent there
  function place(form) {
    return Array.prototype.filter.call(document.forms, function (other) {
      return post(other) && action(other) === action(form);
    }).indexOf(form);
  }
  // A form shown again with what was sent in it (refused) stands at the address it was sent to, for a new record the
  // list's (<meta name="form-sent-from">, the page it was sent from): before it is sent again, and before a part of it
  // is asked for, the tab's address becomes the form's page, so that what was kept names that page and a sign-in asked
  // for meanwhile returns there (the Referer and htmx's HX-Current-URL are this address), not to the list.
  function standAtFormPage() {
    var page = opennrmMeta('form-sent-from');
    if (page && new URL(page, location.href).href !== location.href) {
      history.replaceState(history.state, '', page);
    }
  }
  document.addEventListener('htmx:configRequest', function (event) {
    if (opennrmMeta('form-sent-from')) {
      standAtFormPage();
      event.detail.headers['HX-Current-URL'] = location.href;
    }
  });
  function save(form, state) {
    var content = JSON.stringify({
      page: location.pathname,
      action: action(form),
      place: place(form),
      values: fields(form).map(function (field) {
        if (choice(field)) {
          return { name: field.name, value: field.value, checked: field.checked };
        }
        if (field.tagName === 'SELECT') {
          return {
            name: field.name, selected: Array.prototype.filter.call(field.options, function (o) {
              return o.selected;
            }).map(function (o) {
              return o.value;
            })
          };
        }
        return { name: field.name, value: field.value };
      })
    });
    var iv = crypto.getRandomValues(new Uint8Array(12));
    return key('encrypt').then(function (k) {
      return crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv }, k, new TextEncoder().encode(content));
    }).then(function (sealed) {
      write({ state: state, at: Date.now(), iv: base64(iv), sealed: base64(new Uint8Array(sealed)) });
    });
  }
  function open(draft) {
    return key('decrypt').then(function (k) {
      return crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes(draft.iv) }, k, bytes(draft.sealed));
    }).then(function (plain) {
      return JSON.parse(new TextDecoder().decode(plain));
    });
  }
  // puts the values back into the form; answers the fields it changed
  function restore(form, values) {
    var nth = {};
    var restored = [];
    values.forEach(function (value) {
      var named = fields(form).filter(function (field) {
        return field.name === value.name;
      });
      if ('checked' in value) {
        named.filter(function (field) {
          return choice(field) && field.value === value.value && field.checked !== value.checked;
        }).forEach(function (field) {
          field.checked = value.checked;
          restored.push(field);
        });
        return;
      }
      var i = nth[value.name] || 0;
      nth[value.name] = i + 1;
      var field = named.filter(function (f) {
        return !choice(f);
      })[i];
      if (!field) {
        return;
      }
      if (value.selected) {
        var before = Array.prototype.map.call(field.options, function (o) {
          return o.selected;
        }).join();
        Array.prototype.forEach.call(field.options, function (o) {
          o.selected = value.selected.indexOf(o.value) >= 0;
        });
        if (Array.prototype.map.call(field.options, function (o) {
          return o.selected;
        }).join() !== before) {
          restored.push(field);
        }
      } else if (field.value !== value.value) {
        field.value = value.value;
        restored.push(field);
      }
    });
    return restored;
  }
  function restoreInto(form, values) {
    var restored = restore(form, values);
    var notice = document.getElementById('draft-restored');
    if (notice) {
      notice.querySelector('[data-draft-passwords]').hidden = !form.querySelector('input[type=password]');
      form.parentNode.insertBefore(notice, form);
      notice.hidden = false;
      notice.focus();
    }
    // a field whose change asks the server for part of the form (the scopes of a role): asked again, and what the
    // answer replaced is given its value again
    var asking = restored.filter(function (field) {
      return field.hasAttribute('hx-get') || field.hasAttribute('hx-post');
    });
    if (asking.length) {
      var until = Date.now() + 10000;
      var again = function () {
        if (Date.now() > until) {
          document.removeEventListener('htmx:afterSettle', again);
          return;
        }
        restore(form, values);
      };
      document.addEventListener('htmx:afterSettle', again);
      asking.forEach(function (field) {
        field.dispatchEvent(new Event('change', { bubbles: true }));
      });
    }
  }
  document.addEventListener('DOMContentLoaded', function () {
    var draft = read();
    if (!draft) {
      return;
    }
    if (!(Date.now() - draft.at <= Number(opennrmMeta('form-draft-kept')) * 1000)) {
      drop();
      return;
    }
    if (document.querySelector('[data-form-unsaved]')) {
      // the page that says the form was not saved: kept for the form's page, and the page says so
      draft.state = 'unsaved';
      write(draft);
      document.querySelectorAll('[data-draft-none]').forEach(function (line) {
        line.hidden = true;
      });
      document.querySelectorAll('[data-draft-kept]').forEach(function (line) {
        line.hidden = false;
      });
      return;
    }
    if (!keeping()) {
      return; // a page of no one signed in: kept for the page after the sign-in
    }
    drop();
    if (draft.state !== 'unsaved') {
      return; // the form was answered: saved, or shown again with what was sent
    }
    open(draft).then(function (content) {
      var form = content.page === location.pathname && Array.prototype.filter.call(document.forms, function (f) {
        return post(f) && action(f) === content.action;
      })[content.place];
      if (form) {
        restoreInto(form, content.values);
      }
    }, function () {
      // kept with another account's key (another person signed in on this tab), or one no longer in use: dropped
    });
  });
  // sends the form as its submitter would have: form.submit() fires no second submit event (requestSubmit, after
  // one prevented, submitted nothing in Chromium), with the submitter's name and value, which it would not send
  function send(form, submitter) {
    var pressed = null;
    if (submitter && submitter.name) {
      pressed = document.createElement('input');
      pressed.type = 'hidden';
      pressed.name = submitter.name;
      pressed.value = submitter.value;
      form.appendChild(pressed);
    }
    HTMLFormElement.prototype.submit.call(form);
    if (pressed) {
      pressed.remove();
    }
  }
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (action(form).endsWith('/logout')) {
      drop();
      return;
    }
    var submitter = event.submitter;
    var redirected = submitter && ['formaction', 'formmethod', 'formenctype', 'formtarget'].some(function (name) {
      return submitter.hasAttribute(name);
    });
    if (event.defaultPrevented || redirected || !post(form)) {
      return;
    }
    standAtFormPage();
    if (!keeping() || !typed(form)) {
      return;
    }
    // kept before the form goes (encrypting takes a moment), then sent as it was about to be
    event.preventDefault();
    if (form.hasAttribute('data-draft-saving')) {
      return;
    }
    form.setAttribute('data-draft-saving', '');
    // whatever becomes of the keeping, the form is sent
    Promise.resolve('sent').then(save.bind(null, form)).catch(drop).then(function () {
      form.removeAttribute('data-draft-saving');
      send(form, submitter);
    });
  });
  // a part of the page asked for after the session ended takes the whole page to the sign-in page: what the form
  // holds is kept first, as not saved
  document.addEventListener('htmx:beforeOnLoad', function (event) {
    var xhr = event.detail.xhr;
    var target = xhr && xhr.status === 401 && xhr.getResponseHeader('HX-Redirect');
    var form = target && event.detail.elt.closest && event.detail.elt.closest('form');
    if (!form || !keeping() || !post(form) || !typed(form)) {
      return;
    }
    event.preventDefault();
    Promise.resolve('unsaved').then(save.bind(null, form)).catch(drop).then(function () {
      location.href = target;
    });
  });
})();
