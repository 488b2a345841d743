// "Sao chép liên kết" on article pages: copies the article's address instead of opening it.
// Without JavaScript (or clipboard access) the link simply opens the article's canonical address.
(function () {
  'use strict';
  for (const link of document.querySelectorAll('a[data-copy-link]')) {
    const status = link.parentElement.querySelector('.share-status');
    link.addEventListener('click', (event) => {
      if (!navigator.clipboard || !window.isSecureContext) return;
      event.preventDefault();
      navigator.clipboard.writeText(link.href).then(() => {
        if (status) status.textContent = 'Đã sao chép liên kết.';
      }, () => {
        if (status) status.textContent = 'Không sao chép được. Hãy sao chép địa chỉ trên thanh địa chỉ của trình duyệt.';
      });
    });
  }
})();
