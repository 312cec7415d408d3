// The worker's page: a plain form that posts to the API and shows the 计算书 with its articles. No framework,
// no CDN: this file, app.css and index.html are all it loads, and all come from the service.
(function () {
  'use strict';
  var lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'zh';
  var $ = function (id) { return document.getElementById(id); };
  var weekdays = { zh: ['一', '二', '三', '四', '五', '六', '日'], en: ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] };
  var words = {
    zh: { required: '请填写：', wage: '月工资', from: '开始日期', to: '结束日期', region: '工作地', date: '日期',
          month: '月份', hours: '至少填写一天的加班小时', months: '至少勾选一个月', year: '年份',
          calendarError: '无法读取日历：', network: '无法连接服务：', articles: '法条：', noCalendar: '' },
    en: { required: 'Please fill in: ', wage: 'monthly wage', from: 'first day', to: 'last day', region: 'where you work',
          date: 'date', month: 'month', hours: 'give the overtime hours of at least one day',
          months: 'tick at least one month', year: 'year', calendarError: 'Cannot read the calendar: ',
          network: 'Cannot reach the service: ', articles: 'Law: ', noCalendar: '' }
  };

  function applyLanguage() {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.querySelectorAll('[data-zh]').forEach(function (el) { el.textContent = el.getAttribute('data-' + lang); });
    $('lang-switch').textContent = lang === 'zh' ? 'English' : '中文';
    $('lang-switch').lang = lang === 'zh' ? 'en' : 'zh';
    document.title = lang === 'zh' ? '劳动待遇计算 · LaborRules' : 'What am I owed? · LaborRules';
  }

  function showQuestion() {
    var q = $('question').value;
    document.querySelectorAll('fieldset[data-for]').forEach(function (fs) {
      fs.hidden = fs.getAttribute('data-for').split(' ').indexOf(q) < 0;
    });
    if (q === 'overtime') loadCalendar();
  }

  function loadCalendar() {
    var month = $('month').value;
    var box = $('calendar');
    if (!/^\d{4}-\d{2}$/.test(month)) { box.textContent = ''; return; }
    if (box.getAttribute('data-month') === month) return;
    box.setAttribute('data-month', month);
    box.textContent = '';
    fetch('/v1/calendar/' + month).then(function (r) {
      return r.json().then(function (body) { return { ok: r.ok, body: body }; });
    }).then(function (res) {
      if (!res.ok) { box.textContent = words[lang].calendarError + message(res.body); return; }
      weekdays[lang].forEach(function (w) {
        var h = document.createElement('div'); h.className = 'head'; h.textContent = w; box.appendChild(h);
      });
      var first = res.body[0];
      for (var i = 1; first && i < first.weekday; i++) box.appendChild(document.createElement('div'));
      res.body.forEach(function (day) {
        var cell = document.createElement('label');
        cell.className = 'day k-' + day.kind;
        cell.title = (lang === 'zh' ? day.festival : day.festivalEn) || day.kind;
        var n = document.createElement('span'); n.className = 'n'; n.textContent = String(Number(day.date.slice(8)));
        var input = document.createElement('input');
        input.inputMode = 'decimal'; input.placeholder = '0'; input.setAttribute('data-date', day.date);
        input.setAttribute('aria-label', day.date);
        cell.appendChild(n); cell.appendChild(input); box.appendChild(cell);
      });
    }).catch(function (e) { box.textContent = words[lang].network + e; });
  }

  function message(body) {
    var e = body && body.error;
    if (!e) return '';
    return lang === 'zh' ? (e.messageZh || e.message) : e.message;
  }

  function value(id) { return $(id).value.trim(); }

  function need(list) {
    var missing = list.filter(function (p) { return !value(p[0]); }).map(function (p) { return words[lang][p[1]]; });
    if (missing.length) throw new Error(words[lang].required + missing.join(lang === 'zh' ? '、' : ', '));
  }

  // The request for the question asked: a scenario for POST /v1/evaluate, or the minimum-wage query.
  function request() {
    var q = $('question').value;
    var region = value('region');
    need([['region', 'region']]);
    if (q === 'minimum-wage') {
      need([['date', 'date']]);
      return { url: '/v1/minimum-wage?region=' + encodeURIComponent(region) + '&date=' + value('date') +
        ($('part-time').checked ? '&employment=part-time' : '') + '&trace=summary&lang=' + lang };
    }
    var facts = {};
    if (q === 'stoppage' || q === 'isolation') {
      need([['wage', 'wage'], ['from', 'from'], ['to', 'to']]);
      facts = { monthlyWage: value('wage'), start: value('from'), end: value('to') };
      if (q === 'isolation') {
        facts.category = $('category').value;
        if ($('remote').checked) facts.remoteWork = {};
      }
    } else if (q === 'overtime') {
      need([['wage', 'wage'], ['month', 'month']]);
      var work = [];
      document.querySelectorAll('#calendar input[data-date]').forEach(function (input) {
        var h = input.value.trim();
        if (h && Number(h) > 0) work.push({ date: input.getAttribute('data-date'), hours: h });
      });
      if (!work.length) throw new Error(words[lang].hours);
      facts = { monthlyWage: value('wage'), work: work };
    } else if (q === 'high-temperature') {
      need([['heat-year', 'year']]);
      var months = [];
      document.querySelectorAll('input[name=heat-month]:checked').forEach(function (box) {
        months.push({ month: value('heat-year') + '-' + box.value, exposed: true });
      });
      if (!months.length) throw new Error(words[lang].months);
      facts = { months: months };
    }
    if (q !== 'high-temperature' && value('paid')) facts.paid = value('paid');
    var scenario = JSON.stringify({ entitlement: q, region: region, facts: facts });
    return { url: '/v1/evaluate?trace=summary&lang=' + lang, body: scenario };
  }

  function fetchJSON(req, accept) {
    var init = { headers: { Accept: accept } };
    if (req.body) { init.method = 'POST'; init.body = req.body; init.headers['Content-Type'] = 'application/json'; }
    return fetch(req.url, init);
  }

  function show(d, statement) {
    $('total').textContent = d.total;
    $('shortfall-line').hidden = !d.shortfall || d.shortfall === '0.00';
    $('shortfall').textContent = d.shortfall || '';
    var warnings = $('warnings'); warnings.textContent = '';
    (d.warnings || []).forEach(function (w) {
      var li = document.createElement('li'); li.textContent = lang === 'zh' ? w.messageZh : w.message;
      warnings.appendChild(li);
    });
    var items = $('items'); items.textContent = '';
    d.items.forEach(function (item) {
      var li = document.createElement('li');
      var head = document.createElement('div');
      head.textContent = item.from + (item.to !== item.from ? ' – ' + item.to : '') + (lang === 'zh' ? '：' : ': ') +
        item.amount +
        (lang === 'zh' ? ' 元。' : ' yuan. ') + (lang === 'zh' ? item.basis : item.basisEn);
      li.appendChild(head);
      (item.citations || []).forEach(function (c) {
        var cite = document.createElement('span'); cite.className = 'cite';
        cite.textContent = lang === 'zh'
          ? '《' + c.instrument + '》' + (c.documentNumber ? '（' + c.documentNumber + '）' : '') + c.article
          : c.instrumentEn + (c.articleEn ? ', ' + c.articleEn : '');
        li.appendChild(cite);
      });
      items.appendChild(li);
    });
    $('statement').textContent = statement;
    $('result').hidden = false;
    $('result').scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  function submit(event) {
    event.preventDefault();
    $('error').hidden = true;
    var req;
    try { req = request(); } catch (e) { fail(e.message); return; }
    $('submit').disabled = true;
    Promise.all([fetchJSON(req, 'application/json'), fetchJSON(req, 'text/plain')]).then(function (rs) {
      return rs[0].json().then(function (body) {
        if (!rs[0].ok) throw new Error(message(body));
        return rs[1].text().then(function (text) { show(body, text); });
      });
    }).catch(function (e) { $('result').hidden = true; fail(e.message || String(e)); })
      .then(function () { $('submit').disabled = false; });
  }

  function fail(text) { $('error').textContent = text; $('error').hidden = false; }

  $('lang-switch').addEventListener('click', function () {
    lang = lang === 'zh' ? 'en' : 'zh';
    var url = new URL(location.href); url.searchParams.set('lang', lang); history.replaceState(null, '', url);
    applyLanguage();
    $('calendar').removeAttribute('data-month');
    showQuestion();
  });
  $('question').addEventListener('change', showQuestion);
  $('month').addEventListener('change', loadCalendar);
  $('ask').addEventListener('submit', submit);
  applyLanguage();
  showQuestion();
})();
