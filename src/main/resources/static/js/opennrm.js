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
