// The web editor of kehoach. It builds the plan in the authoring format
// (a YAML front matter from the form, then the body as written), sends it
// to the server on each pause in typing for the findings and the printed
// pages, and keeps the work in the browser's storage.
"use strict";

(function () {
  const STORE = "kehoach.editor.v1";
  const TOKEN = "kehoach.token";
  const PAUSE = 350; // ms after the last keystroke before the preview is asked for

  const $ = (id) => document.getElementById(id);
  const form = $("plan-form");
  const body = $("f-body");
  const frame = $("preview");
  const statusEl = $("status");
  const findingsEl = $("findings");
  const summaryEl = $("summary");
  const recipientsEl = $("recipients");

  // The front matter's fields: the key written, the control, and how the
  // value is written (a list of lines, or one value).
  const lineFields = { parent: "f-parent", issuer: "f-issuer", "signer.authority": "f-authority", "signer.position": "f-position" };
  const fieldIds = {
    parent: "f-parent", issuer: "f-issuer", issuer_name: "f-issuer-name", type: "f-type", number: "f-number",
    symbol: "f-symbol", place: "f-place", date: "f-day", subject: "f-subject", urgency: "f-urgency", draft: "f-draft",
    signer: "f-signer-name", "signer.authority": "f-authority", "signer.position": "f-position", "signer.name": "f-signer-name",
    archive: "f-archive", recipients: "add-recipient",
  };

  let lang = "vi";
  let findings = [];
  let checked = false; // whether the findings are the server's answer
  let layout = { bodyStart: 1, lines: [] }; // where each line of the sent text comes from
  let timer = 0;
  let inFlight = null;
  let lastStyles = null;

  // ---- The date's selects.
  for (let d = 1; d <= 31; d++) $("f-day").add(new Option(String(d).padStart(2, "0"), String(d)));
  for (let m = 1; m <= 12; m++) $("f-month").add(new Option(String(m).padStart(2, "0"), String(m)));

  // ---- Recipients: a list of lines, each with its own field.
  function addRecipient(value, focus) {
    const li = document.createElement("li");
    const item = document.createElement("div");
    item.className = "item";
    const input = document.createElement("input");
    input.value = value || "";
    input.className = "recipient";
    input.placeholder = "UBND tỉnh (B/c)";
    const remove = document.createElement("button");
    remove.type = "button";
    remove.textContent = "Xóa";
    item.append(input, remove);
    li.append(item);
    recipientsEl.append(li);
    renumberRecipients();
    remove.addEventListener("click", () => {
      const next = li.nextElementSibling || li.previousElementSibling;
      li.remove();
      renumberRecipients();
      changed();
      (next ? next.querySelector("input") : $("add-recipient")).focus();
    });
    input.addEventListener("keydown", (e) => {
      if (e.key === "Enter") { // Enter adds the next recipient, as a list is typed
        e.preventDefault();
        addRecipient("", true);
      }
    });
    if (focus) input.focus();
    return input;
  }
  function renumberRecipients() {
    recipientsEl.querySelectorAll("li").forEach((li, i) => {
      li.querySelector("input").setAttribute("aria-label", "Nơi nhận thứ " + (i + 1));
      li.querySelector("button").setAttribute("aria-label", "Xóa nơi nhận thứ " + (i + 1));
    });
  }
  function recipients() {
    return [...recipientsEl.querySelectorAll("input")].map((i) => i.value.trim()).filter(Boolean);
  }
  $("add-recipient").addEventListener("click", () => { addRecipient("", true); changed(); });

  // ---- The state: what the form and the body hold, saved and restored.
  function state() {
    const s = { fields: {}, recipients: [...recipientsEl.querySelectorAll("input")].map((i) => i.value), body: body.value, lang, profile: profileEl.value };
    form.querySelectorAll("[data-key]").forEach((el) => {
      s.fields[el.id] = el.type === "checkbox" ? el.checked : el.value;
    });
    return s;
  }
  function restore(s) {
    form.querySelectorAll("[data-key]").forEach((el) => {
      const v = s.fields ? s.fields[el.id] : undefined;
      if (el.type === "checkbox") el.checked = !!v;
      else if (el.id === "f-type") el.value = v || "KH";
      else el.value = v == null ? "" : v;
    });
    recipientsEl.replaceChildren();
    (s.recipients && s.recipients.length ? s.recipients : [""]).forEach((r) => addRecipient(r));
    body.value = s.body || "";
    profileEl.value = s.profile || "";
    if (profileEl.selectedIndex < 0) profileEl.value = ""; // a profile the server no longer ships
    setLang(s.lang === "en" ? "en" : "vi");
    fitRows();
  }
  function save() {
    try { localStorage.setItem(STORE, JSON.stringify(state())); } catch (e) { /* storage full or off: the work stays on the page */ }
  }

  // ---- The authoring format.
  // yaml writes a value as a YAML scalar: plain when it reads back as the
  // same string, else double-quoted (JSON's escapes are YAML's).
  function yaml(v) {
    const plain = /^[^\s\-?:,\[\]{}#&*!|>'"%@`][^#]*$/.test(v) && !/:(\s|$)|\s#|\s$/.test(v) &&
      !/^(true|false|yes|no|on|off|null|~|[-+]?[\d._]+([eE][-+]?\d+)?|0x[\da-fA-F]+)$/i.test(v);
    return plain ? v : JSON.stringify(v);
  }
  function lines(id) {
    return $(id).value.split("\n").map((l) => l.trim()).filter(Boolean);
  }
  function dateValue() {
    const y = $("f-year").value.trim(), m = $("f-month").value, d = $("f-day").value;
    if (!y) return "";
    if (!m) return y;
    const mm = m.padStart(2, "0");
    return d ? `${y}-${mm}-${d.padStart(2, "0")}` : `${y}-${mm}`;
  }

  // build returns the plan in the authoring format, and which field each
  // line of its front matter holds.
  function build() {
    const out = ["---"];
    const where = [null]; // where[i] is the field of line i+1
    const put = (text, field) => { out.push(text); where.push(field); };
    const list = (key, field, values) => {
      if (!values.length) return;
      if (values.length === 1) { put(`${key}: ${yaml(values[0])}`, field + "[0]"); return; }
      put(`${key}:`, field);
      values.forEach((v, i) => put(`  - ${yaml(v)}`, `${field}[${i}]`));
    };
    const one = (key, field, value) => { if (value) put(`${key}: ${yaml(value)}`, field); };
    list("parent", "parent", lines("f-parent"));
    list("issuer", "issuer", lines("f-issuer"));
    one("issuer_name", "issuer_name", $("f-issuer-name").value.trim());
    if ($("f-type").value && $("f-type").value !== "KH") one("type", "type", $("f-type").value);
    const number = $("f-number").value.trim();
    if (number) put(`number: ${JSON.stringify(number)}`, "number");
    one("symbol", "symbol", $("f-symbol").value.trim());
    one("urgency", "urgency", $("f-urgency").value);
    if ($("f-draft").checked) put("draft: true", "draft");
    one("place", "place", $("f-place").value.trim());
    one("date", "date", dateValue());
    one("subject", "subject", $("f-subject").value.replace(/\s*\n\s*/g, " ").trim());
    const authority = lines("f-authority"), position = lines("f-position"), name = $("f-signer-name").value.trim();
    if (authority.length || position.length || name) {
      put("signer:", "signer");
      const sub = (key, values) => {
        if (!values.length) return;
        put(`  ${key}:`, "signer." + key);
        values.forEach((v, i) => put(`    - ${yaml(v)}`, `signer.${key}[${i}]`));
      };
      sub("authority", authority);
      sub("position", position);
      if (name) put(`  name: ${yaml(name)}`, "signer.name");
    }
    const rs = recipients();
    if (rs.length) {
      put("recipients:", "recipients");
      rs.forEach((r, i) => put(`  - ${yaml(r)}`, `recipients[${i}]`));
    }
    one("archive", "archive", $("f-archive").value.trim());
    put("---", null);
    return { text: out.join("\n") + "\n" + body.value, bodyStart: out.length + 1, where };
  }

  // ---- The agency's layout profile, one the server ships, chosen in the
  // toolbar: the preview and the downloads are laid out with it.
  const profileEl = $("profile");
  function withProfile(path) {
    if (!profileEl.value) return path;
    return path + (path.includes("?") ? "&" : "?") + "profile=" + encodeURIComponent(profileEl.value);
  }
  profileEl.addEventListener("change", changed);

  // ---- Talking to the server.
  function headers(type) {
    const h = { "Accept-Language": lang };
    if (type) h["Content-Type"] = type;
    const token = sessionStorage.getItem(TOKEN);
    if (token) h.Authorization = "Bearer " + token;
    return h;
  }
  // call POSTs to the API; on 401 it asks for the token and tries again.
  async function call(path, body, type, signal) {
    for (;;) {
      const res = await fetch(path, { method: "POST", headers: headers(type), body, signal });
      if (res.status !== 401) return res;
      if (!(await askToken())) return res;
    }
  }
  function askToken() {
    return new Promise((resolve) => {
      const box = $("token-box"), input = $("token");
      const back = document.activeElement;
      box.hidden = false;
      input.value = "";
      input.focus();
      const done = (ok) => {
        box.hidden = true;
        $("token-ok").onclick = $("token-cancel").onclick = input.onkeydown = null;
        if (ok && input.value.trim()) sessionStorage.setItem(TOKEN, input.value.trim());
        if (back) back.focus();
        resolve(ok && !!input.value.trim());
      };
      $("token-ok").onclick = () => done(true);
      $("token-cancel").onclick = () => done(false);
      input.onkeydown = (e) => { if (e.key === "Enter") done(true); if (e.key === "Escape") done(false); };
    });
  }
  async function problemText(res) {
    try {
      const p = await res.json();
      return (lang === "en" ? p.detail_en : p.detail_vi) || p.detail || res.statusText;
    } catch (e) {
      return res.status + " " + res.statusText;
    }
  }
  function setStatus(text, error) {
    statusEl.textContent = text;
    statusEl.classList.toggle("error", !!error);
  }

  // ---- The preview and the findings, on each pause in typing.
  function changed() {
    save();
    clearTimeout(timer);
    timer = setTimeout(refresh, PAUSE);
  }
  async function refresh() {
    if (inFlight) inFlight.abort(); // the server stops the work of a request that went away
    const ctl = new AbortController();
    inFlight = ctl;
    const built = build();
    setStatus("Đang cập nhật…");
    try {
      const res = await call(withProfile("v1/preview"), built.text, "text/markdown; charset=utf-8", ctl.signal);
      if (ctl.signal.aborted) return;
      if (res.status === 503 || res.status === 429) {
        const wait = Number(res.headers.get("Retry-After")) || 1;
        setStatus("Máy chủ đang bận, sẽ thử lại…");
        timer = setTimeout(refresh, wait * 1000);
        return;
      }
      if (!res.ok) {
        setStatus(await problemText(res), true);
        return;
      }
      const answer = await res.json();
      layout = built;
      findings = answer.findings || [];
      checked = true;
      showFindings();
      if (answer.html) {
        showPages(answer.html);
        setStatus("Đã cập nhật lúc " + new Date().toLocaleTimeString("vi-VN"));
      } else if (answer.unavailable) {
        showNote(lang === "en" ? answer.unavailable.detail_en : answer.unavailable.detail_vi);
        setStatus("");
      } else {
        showNote("Kế hoạch chưa lập được văn bản: sửa các lỗi ở cột Kiểm tra thể thức.");
        setStatus("");
      }
    } catch (e) {
      if (e.name !== "AbortError") setStatus("Không kết nối được máy chủ.", true);
    } finally {
      if (inFlight === ctl) inFlight = null;
    }
  }

  const frameStyle = "html{background:#dfe3e8}body{margin:0;padding:16px 0}" +
    ".kehoach-note{font:15px system-ui,sans-serif;color:#3b4350;max-width:34em;margin:40px auto;padding:0 16px;line-height:1.5}";
  function frameDoc() {
    const doc = frame.contentDocument;
    return doc && doc.body ? doc : null;
  }
  function resetFrame() {
    frame.srcdoc = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>${frameStyle}</style></head><body></body></html>`;
    lastStyles = null;
  }
  // showPages puts the pages into the frame without reloading it, so
  // that its fonts stay loaded and the reader keeps their place.
  function showPages(html) {
    const doc = frameDoc();
    if (!doc) { frame.addEventListener("load", () => showPages(html), { once: true }); return; }
    const parsed = new DOMParser().parseFromString(html, "text/html");
    const styles = [...parsed.querySelectorAll("style, link[rel=stylesheet]")];
    const styleText = styles.map((s) => s.outerHTML).join("");
    styles.forEach((s) => s.remove());
    if (styleText !== lastStyles) {
      doc.head.querySelectorAll("[data-pages]").forEach((n) => n.remove());
      styles.forEach((s) => {
        const n = doc.importNode(s, true);
        n.setAttribute("data-pages", "");
        doc.head.append(n);
      });
      lastStyles = styleText;
    }
    const x = doc.documentElement.scrollLeft, y = doc.documentElement.scrollTop;
    doc.body.replaceChildren(...[...parsed.body.childNodes].map((n) => doc.importNode(n, true)));
    fit();
    doc.documentElement.scrollLeft = x;
    doc.documentElement.scrollTop = y;
  }
  function showNote(text) {
    const doc = frameDoc();
    if (!doc) { frame.addEventListener("load", () => showNote(text), { once: true }); return; }
    const p = doc.createElement("p");
    p.className = "kehoach-note";
    p.textContent = text;
    doc.body.replaceChildren(p);
    doc.documentElement.style.zoom = "";
  }
  // fit scales the pages to the frame's width.
  function fit() {
    const doc = frameDoc();
    if (!doc || doc.querySelector(".kehoach-note")) return;
    const root = doc.documentElement;
    root.style.zoom = "1";
    const width = Math.max(root.scrollWidth, 1);
    const scale = Math.min(1, (root.clientWidth - 16) / width); // the frame's width less its scroll bar
    root.style.zoom = String(scale);
  }
  window.addEventListener("resize", fit);

  const severityWords = {
    vi: { error: "LỖI", warning: "CẢNH BÁO", info: "LƯU Ý" },
    en: { error: "ERROR", warning: "WARNING", info: "INFO" },
  };
  function showFindings() {
    findingsEl.replaceChildren();
    const count = { error: 0, warning: 0, info: 0 };
    findings.forEach((f, i) => {
      count[f.severity] = (count[f.severity] || 0) + 1;
      const target = targetOf(f);
      const el = document.createElement(target ? "button" : "div");
      if (target) { el.type = "button"; el.dataset.index = i; }
      el.className = "finding " + f.severity;
      const meta = document.createElement("div");
      meta.className = "meta";
      const badge = document.createElement("span");
      badge.className = "badge";
      badge.textContent = severityWords[lang][f.severity] || f.severity;
      const where = document.createElement("span");
      where.textContent = target ? target.label : "";
      const rule = document.createElement("span");
      rule.className = "rule";
      rule.textContent = f.code ? `${f.rule} · ${f.code}` : f.rule;
      meta.append(badge, where, rule);
      const text = document.createElement("div");
      text.textContent = lang === "en" ? f.message_en : f.message_vi;
      el.append(meta, text);
      const li = document.createElement("li");
      li.append(el);
      findingsEl.append(li);
    });
    summaryEl.classList.toggle("ok", checked && findings.length === 0);
    if (!checked) {
      summaryEl.textContent = lang === "en" ? "Not checked yet." : "Chưa kiểm tra.";
    } else if (findings.length === 0) {
      summaryEl.textContent = lang === "en" ? "The plan meets Decree 30." : "Kế hoạch đạt thể thức Nghị định 30.";
    } else if (lang === "en") {
      summaryEl.textContent = `${count.error} errors, ${count.warning} warnings, ${count.info} notes. Choose one to go to what it is about.`;
    } else {
      summaryEl.textContent = `${count.error} lỗi, ${count.warning} cảnh báo, ${count.info} lưu ý. Bấm vào từng mục để đến chỗ cần sửa.`;
    }
  }
  findingsEl.addEventListener("click", (e) => {
    const el = e.target.closest("button.finding");
    if (el) goTo(findings[Number(el.dataset.index)]);
  });

  // targetOf returns where a finding points: a field of the form, a line
  // of one of its lists, or a line of the body; null for none.
  function targetOf(f) {
    const inBody = f.line && f.line >= layout.bodyStart;
    if (inBody) {
      const line = f.line - layout.bodyStart + 1;
      return { body: line, label: (lang === "en" ? "line " : "dòng ") + line };
    }
    let field = f.field || (f.line ? layout.where[f.line - 1] : null);
    if (!field) return null;
    const m = /^([a-z_.]+)(?:\[(\d+)\])?/.exec(field);
    if (!m || !fieldIds[m[1]]) return null;
    const index = m[2] == null ? null : Number(m[2]);
    const labelEl = document.querySelector(`label[for="${fieldIds[m[1]]}"]`);
    let label = labelEl ? labelEl.childNodes[0].textContent.trim() : field;
    if (m[1] === "recipients") label = "Nơi nhận";
    if (index != null && (m[1] === "recipients" || lineFields[m[1]])) label += ` (${lang === "en" ? "line" : "dòng"} ${index + 1})`;
    return { field: m[1], index, label };
  }
  function goTo(f) {
    const t = f && targetOf(f);
    if (!t) return;
    if (t.body) { caretToLine(body, t.body); return; }
    if (t.field === "recipients") {
      const inputs = recipientsEl.querySelectorAll("input");
      const input = inputs[t.index == null ? 0 : Math.min(t.index, inputs.length - 1)];
      if (input) { input.focus(); input.select(); } else $("add-recipient").focus();
      return;
    }
    const el = $(fieldIds[t.field]);
    if (lineFields[t.field] && t.index != null) { caretToLine(el, t.index + 1); return; }
    el.focus();
    if (el.select && el.tagName !== "SELECT") el.select();
  }
  // caretToLine puts the caret at the start of a line of a textarea and
  // scrolls that line into view.
  function caretToLine(ta, line) {
    const text = ta.value;
    let at = 0;
    for (let i = 1; i < line && at >= 0; i++) at = text.indexOf("\n", at) + 1 || -1;
    if (at < 0) at = text.length;
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    ta.focus();
    ta.setSelectionRange(at, at);
    ta.scrollTop = Math.max(0, offsetTop(ta, at) - ta.clientHeight / 3);
    ta.scrollIntoView({ block: "nearest" });
  }
  // offsetTop measures how far down a textarea an offset is, wrapped
  // lines included, with a copy of the textarea's text and style.
  function offsetTop(ta, at) {
    const mirror = document.createElement("div");
    const cs = getComputedStyle(ta);
    for (const p of ["fontFamily", "fontSize", "lineHeight", "paddingLeft", "paddingRight", "paddingTop", "borderLeftWidth", "borderRightWidth", "letterSpacing", "tabSize"]) mirror.style[p] = cs[p];
    mirror.style.width = ta.clientWidth + "px";
    mirror.style.whiteSpace = "pre-wrap";
    mirror.style.overflowWrap = "break-word";
    mirror.style.position = "absolute";
    mirror.style.visibility = "hidden";
    mirror.textContent = ta.value.slice(0, at) + "\u200b";
    document.body.append(mirror);
    const h = mirror.scrollHeight;
    mirror.remove();
    return h;
  }

  function setLang(l) {
    lang = l;
    document.querySelectorAll(".lang-switch button").forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.lang === l)));
    showFindings();
  }
  document.querySelectorAll(".lang-switch button").forEach((b) =>
    b.addEventListener("click", () => { setLang(b.dataset.lang); save(); }));

  // ---- Downloads.
  function fileNameOf(res, fallback) {
    const cd = res.headers.get("Content-Disposition") || "";
    const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
    if (star) { try { return decodeURIComponent(star[1]); } catch (e) { /* the plain name below */ } }
    const plain = /filename="([^"]+)"/i.exec(cd);
    return plain ? plain[1] : fallback;
  }
  function saveBlob(blob, name) {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 60000);
  }
  function sourceName() {
    const parts = [$("f-number").value.trim(), $("f-symbol").value.trim()].filter(Boolean);
    return (parts.join("-").replace(/[\/\\:*?"<>|;%\s]+/g, "-") || "ke-hoach") + ".md";
  }
  async function download(format, button, force) {
    const built = build();
    if (format === "source") {
      saveBlob(new Blob([built.text], { type: "text/markdown;charset=utf-8" }), sourceName());
      return;
    }
    button.setAttribute("aria-busy", "true");
    try {
      const res = await call(withProfile("v1/render?format=" + format + (force ? "&force=1" : "")), built.text, "text/markdown; charset=utf-8");
      if (res.ok) {
        saveBlob(await res.blob(), fileNameOf(res, "ke-hoach." + format));
        setStatus("Đã tải bản " + format.toUpperCase() + ".");
        return;
      }
      const p = await res.json().catch(() => ({}));
      if (p.findings) { layout = built; findings = p.findings; checked = true; showFindings(); }
      if (p.code === "breaks-decree" && !force) {
        if (confirm("Kế hoạch còn lỗi thể thức (xem cột Kiểm tra thể thức). Vẫn tải văn bản về?")) await download(format, button, true);
        return;
      }
      setStatus((lang === "en" ? p.detail_en : p.detail_vi) || res.statusText, true);
    } catch (e) {
      setStatus("Không kết nối được máy chủ.", true);
    } finally {
      button.removeAttribute("aria-busy");
    }
  }
  document.querySelectorAll("[data-download]").forEach((b) =>
    b.addEventListener("click", () => download(b.dataset.download, b)));

  // ---- Opening a plan: a file from disk or an example.
  // splitFront returns the front matter and the body of a plan in the
  // authoring format, or null when it has no front matter.
  function splitFront(text) {
    const t = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
    if (!t.startsWith("---\n")) return null;
    const end = t.slice(4).search(/^(---|\.\.\.)[ \t]*$/m);
    if (end < 0) return null;
    const rest = t.slice(4 + end).replace(/^.*(\n|$)/, "");
    return { body: rest.replace(/^\n/, "") };
  }
  // fill puts a plan's fields, in the model's JSON encoding, into the form.
  function fill(p) {
    const set = (id, v) => { $(id).value = v == null ? "" : v; };
    set("f-parent", (p.parent || []).join("\n"));
    set("f-issuer", (p.issuer || []).join("\n"));
    set("f-issuer-name", p.issuer_name);
    $("f-type").value = p.type || "KH";
    set("f-number", p.number);
    set("f-symbol", p.symbol);
    $("f-urgency").value = p.urgency || "";
    $("f-draft").checked = !!p.draft;
    set("f-place", p.place);
    const [y, m, d] = (p.date || "").split("-");
    set("f-year", y);
    $("f-month").value = m ? String(Number(m)) : "";
    $("f-day").value = d ? String(Number(d)) : "";
    set("f-subject", p.subject);
    const s = p.signer || {};
    set("f-authority", (s.authority || []).join("\n"));
    set("f-position", (s.position || []).join("\n"));
    set("f-signer-name", s.name);
    recipientsEl.replaceChildren();
    (p.recipients && p.recipients.length ? p.recipients : [""]).forEach((r) => addRecipient(r));
    set("f-archive", p.archive);
    fitRows();
  }
  // open reads a plan file through the server (POST /v1/import): its
  // fields go into the form; the body of a plan in the authoring format
  // is kept as written.
  async function open(blob, name) {
    setStatus("Đang mở " + name + "…");
    const data = new FormData();
    data.append("plan", blob, name);
    try {
      const res = await call("v1/import?format=json", data);
      if (!res.ok) { setStatus(await problemText(res), true); return; }
      const answer = await res.json();
      let text = null;
      if (/\.(md|markdown)$/i.test(name)) text = await blob.text();
      else {
        // Another kind of file: its body in the authoring format, when the
        // server can write that format.
        const md = await call("v1/import?format=md", (() => { const f = new FormData(); f.append("plan", blob, name); return f; })());
        if (md.ok) text = await md.text();
      }
      const parts = text == null ? null : splitFront(text);
      if (text != null && !parts && !answer.plan) { setStatus("Tệp không có phần thông tin đầu (front matter).", true); return; }
      fill(answer.plan || {});
      body.value = parts ? parts.body : "";
      if (text == null) setStatus("Đã mở các trường của " + name + "; máy chủ chưa chuyển được phần nội dung của loại tệp này sang định dạng soạn thảo.", true);
      else setStatus("Đã mở " + name + ".");
      resetFrame();
      changed();
    } catch (e) {
      setStatus("Không mở được " + name + ".", true);
    }
  }
  $("open-file").addEventListener("click", () => $("file-input").click());
  $("file-input").addEventListener("change", (e) => {
    const file = e.target.files[0];
    if (file) open(file, file.name);
    e.target.value = "";
  });
  $("example").addEventListener("change", async (e) => {
    const name = e.target.value;
    if (!name) return;
    if (hasWork() && !confirm("Thay nội dung đang soạn bằng kế hoạch mẫu?")) { e.target.value = ""; return; }
    const res = await fetch("examples/" + encodeURIComponent(name));
    if (res.ok) await open(await res.blob(), name);
    e.target.value = "";
  });
  function hasWork() {
    return body.value.trim() !== "" || $("f-subject").value.trim() !== "" || $("f-issuer").value.trim() !== "";
  }
  $("new-plan").addEventListener("click", () => {
    if (hasWork() && !confirm("Xóa toàn bộ nội dung đang soạn để bắt đầu kế hoạch mới?")) return;
    restore({ fields: { "f-type": "KH" }, recipients: [], body: "", lang });
    resetFrame();
    changed();
    $("f-issuer").focus();
  });
  $("today").addEventListener("click", () => {
    const now = new Date();
    $("f-day").value = String(now.getDate());
    $("f-month").value = String(now.getMonth() + 1);
    $("f-year").value = String(now.getFullYear());
    changed();
  });

  // The form's text areas grow with what they hold.
  function fitRows() {
    form.querySelectorAll("textarea").forEach((ta) => {
      ta.style.height = "auto";
      ta.style.height = ta.scrollHeight + 2 + "px";
    });
  }

  form.addEventListener("input", () => { fitRows(); changed(); });
  form.addEventListener("change", changed);
  body.addEventListener("input", changed);
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden") save(); });
  window.addEventListener("pagehide", save);

  // ---- Start: the saved work, or an empty plan.
  let saved = null;
  try { saved = JSON.parse(localStorage.getItem(STORE) || "null"); } catch (e) { saved = null; }
  restore(saved || { fields: { "f-type": "KH" }, recipients: [], body: "" });
  resetFrame();
  frame.addEventListener("load", () => { if (!hasWork()) showNote("Điền thông tin văn bản và nội dung ở cột bên trái, hoặc chọn một kế hoạch mẫu ở thanh trên cùng. Bản xem trước các trang in hiện ở đây."); }, { once: true });
  if (hasWork()) refresh();
})();
