// OpenNRM's own script. No inline scripts anywhere: the Content-Security-Policy forbids them.
document.addEventListener('DOMContentLoaded', function () {
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
