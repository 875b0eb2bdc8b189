// Demo live room (looks like a Douyin room). It loads its product list and the
// presented product with fetch() from the JSON files beside it, so the
// extension's main-world bridge sees the same kind of traffic as on Douyin.
//
// Query parameters:
//   chat=N      chat messages added per second (default 5; the bench uses 200)
//   every=MS    milliseconds between presented-product changes (default 4000)
//   room_id=ID  room id sent with each request (default from <body data-room-id>)
//   steps=N     stop changing the presented product after N steps (default: never)
//
// window.__demoLive records what the page did, for end-to-end checks:
//   { presented: [product ids in order], lists: n, currents: n }
(() => {
  const params = new URLSearchParams(location.search);
  const chatRate = Math.max(0, Math.min(5000, Number(params.get('chat') || 5)));
  const every = Math.max(200, Number(params.get('every') || 4000));
  const maxSteps = Number(params.get('steps') || 0);
  const roomId = params.get('room_id') || document.body.getAttribute('data-room-id') || 'demo';
  const CURRENT_FILES = 4;
  const MAX_CHAT_NODES = 200;

  const state = { presented: [], lists: 0, currents: 0, products: [], current: null };
  window.__demoLive = state;

  const list = document.getElementById('cart-list');
  const chat = document.getElementById('chat');

  function yuan(fen) {
    let s = String(fen);
    while (s.length < 3) s = `0${s}`;
    const y = `${s.slice(0, -2)}.${s.slice(-2)}`;
    return y.replace(/\.00$/, '').replace(/(\.\d)0$/, '$1');
  }

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function render() {
    list.textContent = '';
    state.products.forEach((p) => {
      const li = el('li');
      li.setAttribute('data-e2e', 'live-product-card');
      li.setAttribute('data-promotion-id', p.promotion_id);
      li.setAttribute('data-product-id', p.product_id);
      li.appendChild(el('span', 'index', String(p.index)));
      li.appendChild(el('div', 'goods-title', p.title));
      if (p.product_id === state.current) {
        li.className = 'explaining';
        li.appendChild(el('div', 'explain-tag', '讲解中'));
      }
      const row = el('div', 'price-row');
      row.appendChild(el('span', 'price', `¥${yuan(p.min_price)}`));
      if (p.price > p.min_price) row.appendChild(el('del', 'origin-price', `¥${yuan(p.price)}`));
      li.appendChild(row);
      li.appendChild(el('span', 'sold', p.in_stock ? `已售${p.sale_num}` : '已售罄'));
      list.appendChild(li);
    });
    document.getElementById('cart-count').textContent = String(state.products.length);
  }

  function q() {
    return `?room_id=${encodeURIComponent(roomId)}`;
  }

  function loadList(n) {
    return fetch(`api/promotions_${n}.json${q()}`)
      .then((r) => r.json())
      .then((j) => {
        state.lists++;
        state.products = j.data.promotions;
        if (j.data.current_promotion_id) setCurrent(String(j.data.current_promotion_id));
        render();
      })
      .catch((e) => {
        console.warn('demo list', e);
      });
  }

  function loadCurrent(i) {
    return fetch(`api/current_promotion_${i}.json${q()}`)
      .then((r) => r.json())
      .then((j) => {
        state.currents++;
        const p = j.data.promotion;
        state.products = state.products.map((x) => (x.product_id === p.product_id ? p : x));
        setCurrent(p.product_id);
        render();
      })
      .catch((e) => {
        console.warn('demo current', e);
      });
  }

  function setCurrent(id) {
    if (state.current === id) return;
    state.current = id;
    state.presented.push(id);
  }

  let step = 0;
  function tick() {
    step++;
    if (maxSteps && step > maxSteps) return;
    // Every third step re-reads the whole list (alternating files: prices and stock change), else the current product.
    const p = step % 3 === 0 ? loadList(step % 2 === 0 ? 1 : 2) : loadCurrent(((step - 1) % CURRENT_FILES) + 1);
    p.then(() => {
      setTimeout(tick, every);
    });
  }

  // Chat flood: batched every 50 ms, at most MAX_CHAT_NODES kept.
  const names = ['小王', '阿花', '路人甲', '买买买', '省钱达人', '看看就好', '抢到了', '蹲一个'];
  const lines = ['来了', '这个多少钱', '还有吗', '已拍', '主播好', '求链接', '怎么这么便宜', '6666', '上车了'];
  let owed = 0;
  let n = 0;
  if (chatRate > 0) {
    setInterval(() => {
      owed += chatRate / 20;
      const k = Math.floor(owed);
      owed -= k;
      if (!k) return;
      const frag = document.createDocumentFragment();
      for (let i = 0; i < k; i++) {
        n++;
        const m = el('div', 'msg');
        m.appendChild(el('b', '', `${names[n % names.length]}：`));
        m.appendChild(document.createTextNode(lines[(n * 7) % lines.length]));
        frag.appendChild(m);
      }
      chat.appendChild(frag);
      while (chat.childNodes.length > MAX_CHAT_NODES) chat.removeChild(chat.firstChild);
    }, 50);
  }

  setInterval(() => {
    document.getElementById('viewers').textContent = (12000 + Math.floor(Math.random() * 900)).toLocaleString('en');
  }, 2000);

  loadList(1).then(() => {
    setTimeout(tick, every);
  });
})();
