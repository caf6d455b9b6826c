// Progressive enhancement of the suggestion form: a live character count beside the
// "at most 500 characters" hint. Without JavaScript the hint stays and the server refuses
// a longer text with a message, keeping what was typed.
(function () {
  var field = document.getElementById('text');
  var count = document.getElementById('text-count');
  if (!field || !count) {
    return;
  }
  var max = parseInt(field.getAttribute('data-max-length'), 10);
  var message = field.getAttribute('data-count-message');
  function update() {
    var length = field.value.length;
    count.textContent = message.replace('{n}', String(length));
    count.classList.toggle('over', length > max);
  }
  field.addEventListener('input', update);
  count.hidden = false;
  update();
})();
