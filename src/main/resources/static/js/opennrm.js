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
