// The notice of a page whose statuses may have changed since it was built.
//
// A page states each status (in force, expired, overdue) as of the day the
// site was built, and carries the first day on which one of them changes by
// the calendar alone (data-status-changes). A site built every night never
// shows this notice; one that was not built again by that day tells its
// reader so, rather than go on saying that an expired policy applies. The
// reader's own date decides. Without JavaScript the notice stays hidden and
// the footer still says the day the statuses hold for.
(function () {
  'use strict';
  var notice = document.querySelector('[data-status-changes]');
  if (!notice) return;
  var now = new Date();
  function two(n) {
    return (n < 10 ? '0' : '') + n;
  }
  var today = now.getFullYear() + '-' + two(now.getMonth() + 1) + '-' + two(now.getDate());
  if (today >= notice.getAttribute('data-status-changes')) notice.hidden = false;
})();
