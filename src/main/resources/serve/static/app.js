// imrx serve: the few things plain HTML cannot do. Every page works without this script.
(function () {
  'use strict';

  // Evidence links: brighten the passage a link points to (all passages stay marked).
  function highlight() {
    var id;
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (malformed) { return; }
    document.querySelectorAll('mark.on').forEach(function (m) { m.classList.remove('on'); });
    if (!id) { return; }
    document.querySelectorAll('mark[data-ev]').forEach(function (m) {
      if ((' ' + m.getAttribute('data-ev') + ' ').indexOf(' ' + id + ' ') >= 0) { m.classList.add('on'); }
    });
  }
  window.addEventListener('hashchange', highlight);

  // Upload: drop zone, and progress while the files go up and while the server reads them.
  function setUpUpload() {
    var form = document.getElementById('upload');
    if (!form || !window.FormData || !window.XMLHttpRequest) { return; }
    var drop = document.getElementById('drop');
    var input = document.getElementById('files');
    var box = document.getElementById('progress');
    var bar = document.getElementById('progress-bar');
    var text = document.getElementById('progress-text');
    ['dragenter', 'dragover'].forEach(function (t) {
      drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (t) {
      drop.addEventListener(t, function () { drop.classList.remove('over'); });
    });
    drop.addEventListener('drop', function (e) {
      e.preventDefault();
      if (e.dataTransfer && e.dataTransfer.files.length) {
        input.files = e.dataTransfer.files;
        text.textContent = e.dataTransfer.files.length + ' file(s) chosen';
        box.hidden = false;
      }
    });
    form.addEventListener('submit', function (e) {
      if (!input.files.length) { return; }
      e.preventDefault();
      var button = form.querySelector('button[type=submit]');
      button.disabled = true;
      box.hidden = false;
      bar.value = 0;
      text.textContent = 'Uploading…';
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      xhr.upload.addEventListener('progress', function (ev) {
        if (ev.lengthComputable) {
          bar.value = Math.round(100 * ev.loaded / ev.total);
          text.textContent = 'Uploading… ' + bar.value + '%';
        }
      });
      xhr.upload.addEventListener('load', function () {
        bar.removeAttribute('value');
        text.textContent = 'Reading the documents, extracting the case and drafting the summary…';
      });
      xhr.addEventListener('load', function () {
        var page = new DOMParser().parseFromString(xhr.responseText, 'text/html');
        var main = page.getElementById('main');
        if (main) {
          document.title = page.title;
          document.getElementById('main').innerHTML = main.innerHTML;
          document.getElementById('main').focus();
          window.scrollTo(0, 0);
        } else {
          var message = 'The server answered ' + xhr.status + '.';
          try { message = JSON.parse(xhr.responseText).message || message; } catch (ignored) { /* not JSON */ }
          text.textContent = message;
          button.disabled = false;
        }
      });
      xhr.addEventListener('error', function () {
        text.textContent = 'The upload failed: the connection was lost or refused.';
        button.disabled = false;
      });
      xhr.send(new FormData(form));
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    highlight();
    setUpUpload();
  });
})();
