/* The editor console (/bien-tap/): OAuth 2.0 code flow with PKCE against Cognito's managed login
 * (locally, the stand-in the local stack serves), then the editors' API on the same origin.
 * Tokens live in sessionStorage only (gone with the tab), never localStorage. */
"use strict";
(function () {
  var CONSOLE_PATH = "/bien-tap/";
  /* The server's limits (UploadKind, openapi.yaml): checked here before anything is sent. */
  var LIMITS = {
    article: { types: ["text/markdown", "text/html"], max: 1 << 20, label: "bài viết" },
    image: { types: ["image/jpeg", "image/png", "image/webp"], max: 10 << 20, label: "ảnh" }
  };
  var config = null;
  var $ = function (id) { return document.getElementById(id); };
  var store = window.sessionStorage;

  function say(text) { $("status").textContent = text; }
  function redirectUri() { return location.origin + CONSOLE_PATH; }

  function base64url(bytes) {
    var s = "";
    bytes.forEach(function (b) { s += String.fromCharCode(b); });
    return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }
  function randomString() { return base64url(crypto.getRandomValues(new Uint8Array(32))); }
  function challenge(verifier) {
    return crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier))
      .then(function (d) { return base64url(new Uint8Array(d)); });
  }
  function claims(token) {
    var part = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    var json = decodeURIComponent(Array.prototype.map.call(atob(part), function (c) {
      return "%" + ("00" + c.charCodeAt(0).toString(16)).slice(-2);
    }).join(""));
    return JSON.parse(json);
  }

  function signIn() {
    var verifier = randomString(), state = randomString();
    store.setItem("pkce", JSON.stringify({ verifier: verifier, state: state }));
    challenge(verifier).then(function (c) {
      location.assign(config.authUrl + "/oauth2/authorize?" + new URLSearchParams({
        response_type: "code", client_id: config.clientId, redirect_uri: redirectUri(),
        scope: "openid email profile", state: state, code_challenge: c, code_challenge_method: "S256"
      }));
    });
  }

  function tokenRequest(fields) {
    fields.client_id = config.clientId;
    return fetch(config.authUrl + "/oauth2/token", {
      method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields)
    }).then(function (r) {
      if (!r.ok) { throw new Error("Đăng nhập không thành công, hãy thử lại."); }
      return r.json();
    }).then(function (t) {
      var saved = JSON.parse(store.getItem("tokens") || "{}");
      saved.id = t.id_token;
      saved.refresh = t.refresh_token || saved.refresh;
      saved.expires = Date.now() + t.expires_in * 1000;
      store.setItem("tokens", JSON.stringify(saved));
      scheduleRefresh(saved);
      return saved;
    });
  }

  var refreshTimer = null;
  function scheduleRefresh(t) {
    clearTimeout(refreshTimer);
    var wait = Math.max(5000, t.expires - Date.now() - 5 * 60 * 1000); // five minutes before expiry
    refreshTimer = setTimeout(function () {
      tokenRequest({ grant_type: "refresh_token", refresh_token: t.refresh }).catch(function () {
        say("Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.");
      });
    }, wait);
  }

  function signOut() {
    store.removeItem("tokens");
    location.assign(config.authUrl + "/logout?" + new URLSearchParams({
      client_id: config.clientId, logout_uri: redirectUri()
    }));
  }

  function token() { return JSON.parse(store.getItem("tokens") || "{}").id; }

  function api(method, path, body) {
    // no-store: public lists are cached for readers, an editor must see what was just published
    var init = { method: method, cache: "no-store", headers: { authorization: "Bearer " + token() } };
    if (body !== undefined) {
      init.headers["content-type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (r) {
      var type = r.headers.get("content-type") || "";
      var read = type.indexOf("json") >= 0 ? r.json() : Promise.resolve(null);
      return read.then(function (data) { return { status: r.status, ok: r.ok, data: data }; });
    });
  }

  function problemText(data) {
    if (!data) { return "Máy chủ không trả lời được, hãy thử lại."; }
    var errors = data.errors || [];
    if (errors.length) {
      return errors.map(function (e) { return e.field + ": " + e.message; }).join("; ");
    }
    return data.detail || data.title || "Yêu cầu không hợp lệ.";
  }

  function start() {
    fetch(CONSOLE_PATH + "config.json").then(function (r) { return r.json(); }).then(function (c) {
      config = c;
      $("sign-in").addEventListener("click", signIn);
      $("sign-out").addEventListener("click", signOut);
      var params = new URLSearchParams(location.search);
      if (params.has("code")) {
        var pkce = JSON.parse(store.getItem("pkce") || "{}");
        store.removeItem("pkce");
        history.replaceState(null, "", CONSOLE_PATH);
        if (!pkce.state || pkce.state !== params.get("state")) {
          say("Phiên đăng nhập không khớp (state). Hãy đăng nhập lại.");
          return;
        }
        return tokenRequest({ grant_type: "authorization_code", code: params.get("code"),
          redirect_uri: redirectUri(), code_verifier: pkce.verifier }).then(enter);
      }
      var saved = JSON.parse(store.getItem("tokens") || "{}");
      if (saved.id && saved.expires > Date.now()) {
        scheduleRefresh(saved);
        enter(saved);
      }
    }).catch(function (e) { say(e.message || "Không tải được cấu hình trang biên tập."); });
  }

  function enter(t) {
    var c = claims(t.id);
    var name = c.email || c["cognito:username"];
    var groups = c["cognito:groups"] || [];
    $("signed-out").hidden = true;
    $("who").textContent = name;
    $("who").hidden = false;
    $("sign-out").hidden = false;
    if (groups.indexOf("editors") < 0) {
      $("not-editor-name").textContent = name;
      $("not-editor").hidden = false;
      $("not-editor").querySelector("h1").setAttribute("tabindex", "-1");
      $("not-editor").querySelector("h1").focus();
      return;
    }
    $("console").hidden = false;
    say("Đã đăng nhập: " + name + ".");
    $("noi-dung").focus();
    setUpArticles();
    setUpDirectives();
  }

  // ------------------------------------------------------------------ articles
  var picked = { article: null, images: [] };

  function kindOf(file) {
    return /\.(md|markdown|html?)$/i.test(file.name) ? "article" : "image";
  }
  function contentType(file, kind) {
    if (kind === "article") { return /\.html?$/i.test(file.name) ? "text/html" : "text/markdown"; }
    return file.type;
  }
  function check(file, kind) {
    var limit = LIMITS[kind], type = contentType(file, kind);
    if (limit.types.indexOf(type) < 0) {
      return "Tệp " + file.name + " không đúng loại " + limit.label + " (cho phép: " + limit.types.join(", ") + ").";
    }
    if (file.size > limit.max) {
      return "Tệp " + file.name + " quá lớn: " + (file.size / 1048576).toFixed(1) + " MB, tối đa "
        + (limit.max / 1048576) + " MB cho " + limit.label + ".";
    }
    if (file.size === 0) { return "Tệp " + file.name + " trống."; }
    return null;
  }

  function row(file) {
    var li = document.createElement("li");
    var label = document.createElement("span");
    label.textContent = file.name;
    var bar = document.createElement("progress");
    bar.max = 100; bar.value = 0;
    bar.setAttribute("aria-label", "Tiến độ tải lên " + file.name);
    var note = document.createElement("span");
    li.append(label, bar, note);
    $("uploads").append(li);
    return { bar: bar, note: note };
  }

  /** Asks for a signed URL, PUTs the bytes there with progress; resolves to the upload id. */
  function send(file, kind, bytes, ui) {
    var type = contentType(file, kind);
    var size = bytes ? bytes.size : file.size;
    return api("POST", "/api/uploads", { kind: kind, filename: file.name, contentType: type, contentLength: size })
      .then(function (r) {
        if (!r.ok) { throw new Error(problemText(r.data)); }
        return new Promise(function (resolve, reject) {
          var xhr = new XMLHttpRequest();
          xhr.open("PUT", r.data.uploadUrl);
          xhr.setRequestHeader("content-type", type);
          xhr.upload.addEventListener("progress", function (e) {
            if (e.lengthComputable) { ui.bar.value = Math.round(100 * e.loaded / e.total); }
          });
          xhr.addEventListener("load", function () {
            if (xhr.status >= 200 && xhr.status < 300) { ui.bar.value = 100; resolve(r.data.uploadId); }
            else { reject(new Error("Kho lưu trữ từ chối tệp " + file.name + " (" + xhr.status + ").")); }
          });
          xhr.addEventListener("error", function () { reject(new Error("Không gửi được tệp " + file.name + ".")); });
          xhr.send(bytes || file);
        });
      });
  }

  function waitFor(id, ui) {
    return new Promise(function (resolve, reject) {
      var tries = 0;
      (function poll() {
        api("GET", "/api/uploads/" + encodeURIComponent(id)).then(function (r) {
          var s = r.data || {};
          // settled for now: published, or waiting as a draft or for its time (docs/editorial-workflow.md)
          if (["published", "draft", "scheduled", "discarded"].indexOf(s.status) >= 0) { resolve(s); return; }
          if (s.status === "rejected") { reject(new Error("Bị từ chối: " + problemText(s))); return; }
          ui.note.textContent = " Đang xử lý...";
          if (++tries > 120) { reject(new Error("Chưa xử lý xong sau 2 phút; hãy xem lại sau.")); return; }
          setTimeout(poll, 1000);
        }, reject);
      })();
    });
  }

  function take(files) {
    Array.prototype.forEach.call(files, function (f) {
      if (kindOf(f) === "article") { picked.article = f; } else { picked.images.push(f); }
    });
    say("Đã chọn: " + [picked.article].concat(picked.images).filter(Boolean)
      .map(function (f) { return f.name; }).join(", ") + ".");
  }

  function publish(event) {
    event.preventDefault();
    if ($("article-file").files.length) { picked.article = $("article-file").files[0]; }
    if ($("image-files").files.length) { picked.images = Array.prototype.slice.call($("image-files").files); }
    if (!picked.article) { say("Hãy chọn tệp bài viết."); $("article-file").focus(); return; }
    var problems = [check(picked.article, "article")].concat(picked.images.map(function (f) { return check(f, "image"); }))
      .filter(Boolean);
    if (problems.length) { say(problems.join(" ")); return; }
    $("uploads").textContent = "";
    var article = picked.article, images = picked.images;
    picked = { article: null, images: [] };
    var ids = {};
    say("Đang tải ảnh lên...");
    Promise.all(images.map(function (img) {
      var ui = row(img);
      return send(img, "image", null, ui).then(function (id) { ids[img.name] = id; return waitFor(id, ui); })
        .then(function () { ui.note.textContent = " Đã tải lên."; });
    })).then(function () { return article.text(); }).then(function (text) {
      // an article names its images as ${image:<file name>} (as local/samples do): their upload ids go there
      Object.keys(ids).forEach(function (name) { text = text.split("${image:" + name + "}").join(ids[name]); });
      var blob = new Blob([text], { type: contentType(article, "article") });
      var ui = row(article);
      if (blob.size > LIMITS.article.max) { throw new Error(check({ name: article.name, size: blob.size }, "article")); }
      say("Đang tải bài viết lên...");
      return send(article, "article", blob, ui).then(function (id) {
        say("Đã gửi bài viết; đang chờ đăng...");
        return waitFor(id, ui);
      }).then(function (s) { settled(s, ui); });
    }).catch(function (e) { say(e.message); });
  }

  function button(text, label, action) {
    var b = document.createElement("button");
    b.type = "button"; b.textContent = text;
    b.setAttribute("aria-label", label);
    b.addEventListener("click", action);
    return b;
  }

  /** What an article upload became: a link to it, a draft with its preview and actions, or its schedule. */
  function settled(s, ui) {
    ui.note.textContent = " ";
    var id = encodeURIComponent(s.uploadId);
    if (s.status === "published") {
      var a = document.createElement("a");
      a.href = s.url; a.textContent = "Đã đăng: xem bài";
      ui.note.append(a);
      say("Bài viết đã được đăng.");
      a.focus();
    } else if (s.status === "draft") {
      var preview = document.createElement("a");
      preview.href = s.previewUrl; preview.target = "_blank"; preview.rel = "noopener";
      preview.textContent = "Bản nháp: xem trước";
      var act = function (method, path, done) {
        return function () {
          api(method, path).then(function (r) {
            if (!r.ok) { say(problemText(r.data)); return; }
            done();
          });
        };
      };
      ui.note.append(preview, " ",
        button("Đăng bản nháp", "Đăng bản nháp này", act("POST", "/api/uploads/" + id + "/publish", function () {
          say("Đã gửi bản nháp để đăng...");
          waitFor(s.uploadId, ui).then(function (next) { settled(next, ui); }, function (e) { say(e.message); });
        })), " ",
        button("Bỏ bản nháp", "Bỏ bản nháp này", act("DELETE", "/api/uploads/" + id, function () {
          ui.note.textContent = " Đã bỏ bản nháp.";
          say("Đã bỏ bản nháp.");
        })));
      say("Bản nháp đã sẵn sàng để xem trước (liên kết có hạn đến " + new Date(s.previewExpiresAt).toLocaleString("vi-VN") + ").");
      preview.focus();
    } else if (s.status === "scheduled") {
      var when = new Date(s.scheduledAt).toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" });
      ui.note.append("Hẹn đăng lúc " + when + " ", button("Hủy hẹn giờ", "Hủy hẹn đăng bài này", function () {
        api("DELETE", "/api/uploads/" + id).then(function (r) {
          say(r.ok ? "Đã hủy hẹn giờ đăng." : problemText(r.data));
          if (r.ok) { ui.note.textContent = " Đã hủy hẹn giờ."; }
        });
      }));
      say("Bài viết sẽ được đăng lúc " + when + ".");
    } else {
      ui.note.textContent = " Đã bỏ.";
    }
  }

  function showRecent(event) {
    if (event) { event.preventDefault(); }
    var day = $("recent-date").value;
    api("GET", "/api/articles?date=" + encodeURIComponent(day)).then(function (r) {
      var list = $("recent");
      list.textContent = "";
      var items = (r.data && r.data.items) || [];
      if (!items.length) { list.textContent = "Không có bài nào trong ngày này."; }
      items.forEach(function (a) {
        var li = document.createElement("li");
        var link = document.createElement("a");
        link.href = a.url; link.textContent = a.title;
        var del = document.createElement("button");
        del.type = "button"; del.textContent = "Gỡ bài";
        del.setAttribute("aria-label", "Gỡ bài: " + a.title);
        del.addEventListener("click", function () {
          if (!window.confirm("Gỡ bài \"" + a.title + "\" khỏi cổng thông tin?")) { return; }
          api("DELETE", "/api/articles/" + encodeURIComponent(a.id)).then(function (d) {
            say(d.ok ? "Đã gỡ bài \"" + a.title + "\"." : problemText(d.data));
            showRecent();
          });
        });
        var versions = document.createElement("button");
        versions.type = "button"; versions.textContent = "Phiên bản";
        versions.setAttribute("aria-label", "Các phiên bản: " + a.title);
        versions.addEventListener("click", function () { showVersions(a); });
        li.append(link, " ", del, " ", versions);
        list.append(li);
      });
    });
  }

  function cell(row, content) {
    var td = document.createElement("td");
    td.append(content);
    row.append(td);
  }

  function vietnamTime(iso) {
    return new Date(iso).toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" });
  }

  /** Every published version of an article, each with a restore button (the pipeline republishes it). */
  function showVersions(a) {
    api("GET", "/api/articles/" + encodeURIComponent(a.id) + "/revisions?limit=100").then(function (r) {
      if (!r.ok) { say(problemText(r.data)); return; }
      var table = $("versions"), body = table.querySelector("tbody");
      $("versions-caption").textContent = "Các phiên bản đã đăng của \"" + a.title + "\"";
      body.textContent = "";
      r.data.items.forEach(function (v, i) {
        var tr = document.createElement("tr");
        cell(tr, vietnamTime(v.publishedAt));
        cell(tr, v.editor.email || v.editor.name);
        cell(tr, v.title);
        cell(tr, i === 0 ? "Đang đăng" : button("Khôi phục", "Khôi phục phiên bản lúc " + vietnamTime(v.publishedAt), function () {
          api("POST", "/api/articles/" + encodeURIComponent(a.id) + "/revisions/" + encodeURIComponent(v.revisionId) + "/restore")
            .then(function (d) {
              if (!d.ok) { say(problemText(d.data)); return; }
              say("Đang khôi phục phiên bản...");
              waitFor(d.data.uploadId, { note: document.createElement("span") }).then(function () {
                say("Đã khôi phục phiên bản lúc " + vietnamTime(v.publishedAt) + ".");
                showVersions(a);
              }, function (e) { say(e.message); });
            });
        }));
        body.append(tr);
      });
      table.hidden = false;
      table.scrollIntoView();
    });
  }

  var ACTIONS = {
    "upload.request": "Tải lên", "upload.publish": "Xử lý bài tải lên", "draft.publish": "Đăng bản nháp",
    "draft.discard": "Bỏ bản nháp", "schedule.cancel": "Hủy hẹn giờ", "article.unpublish": "Gỡ bài",
    "article.expire": "Hết hạn, gỡ bài", "article.restore": "Khôi phục phiên bản", "directive.create": "Thêm văn bản",
    "directive.import": "Nhập văn bản từ CSV", "directive.delete": "Xóa văn bản"
  };
  var OUTCOMES = {
    accepted: "đã nhận", published: "đã đăng", rejected: "bị từ chối", draft: "bản nháp", scheduled: "hẹn giờ",
    discarded: "đã bỏ", cancelled: "đã hủy", unpublished: "đã gỡ", created: "đã thêm", existing: "đã có",
    imported: "đã nhập", deleted: "đã xóa"
  };
  var auditCursor = null;

  /** The audit trail of the chosen days, a page at a time. */
  function showAudit(event) {
    var more = !event;
    if (event) { event.preventDefault(); auditCursor = null; }
    var q = "/api/audit?limit=50&from=" + encodeURIComponent($("audit-from").value) + "&to=" + encodeURIComponent($("audit-to").value)
      + (more && auditCursor ? "&cursor=" + encodeURIComponent(auditCursor) : "");
    api("GET", q).then(function (r) {
      if (!r.ok) { say(problemText(r.data)); return; }
      var table = $("audit"), body = table.querySelector("tbody");
      if (!more) { body.textContent = ""; }
      r.data.items.forEach(function (e) {
        var tr = document.createElement("tr");
        cell(tr, vietnamTime(e.at));
        cell(tr, e.editor.email || e.editor.name);
        cell(tr, ACTIONS[e.action] || e.action);
        var target = e.details && e.details.url ? document.createElement("a") : document.createTextNode(e.details && e.details.title || e.target);
        if (e.details && e.details.url) { target.href = e.details.url; target.textContent = e.details.title || e.details.url; }
        cell(tr, target);
        cell(tr, (OUTCOMES[e.outcome] || e.outcome) + (e.details && e.details.reasons ? ": " + e.details.reasons : ""));
        body.append(tr);
      });
      table.hidden = false;
      auditCursor = r.data.nextCursor;
      $("audit-more").hidden = !auditCursor;
      if (!r.data.items.length && !more) { say("Không có thao tác nào trong những ngày này."); }
    });
  }

  function setUpAudit() {
    var today = new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10); // Vietnam day
    $("audit-to").value = today;
    $("audit-from").value = new Date(Date.now() + 7 * 3600 * 1000 - 6 * 86400 * 1000).toISOString().slice(0, 10);
    $("audit-form").addEventListener("submit", showAudit);
    $("audit-more").addEventListener("click", function () { showAudit(null); });
  }

  function setUpArticles() {
    $("upload-form").addEventListener("submit", publish);
    var drop = $("drop");
    drop.addEventListener("dragover", function (e) { e.preventDefault(); drop.classList.add("is-over"); });
    drop.addEventListener("dragleave", function () { drop.classList.remove("is-over"); });
    drop.addEventListener("drop", function (e) {
      e.preventDefault(); drop.classList.remove("is-over"); take(e.dataTransfer.files);
    });
    $("copy-template").addEventListener("click", function () {
      navigator.clipboard.writeText($("template").textContent).then(function () { say("Đã sao chép mẫu."); },
        function () { say("Không sao chép được; hãy chọn và sao chép mẫu bằng tay."); });
    });
    $("recent-date").value = new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10); // Vietnam day
    $("recent-form").addEventListener("submit", showRecent);
    showRecent();
    setUpAudit();
  }

  // ------------------------------------------------------------------ directives
  var FIELDS = ["type", "symbol", "number", "issuer", "issuerName", "unit", "subject"];
  var previewTimer = null, previewSeq = 0;

  function preview() {
    var title = $("d-title").value.trim();
    var seq = ++previewSeq;
    if (!title) { FIELDS.forEach(function (f) { $("f-" + f).textContent = "-"; }); return; }
    api("POST", "/api/directives/preview", { title: title }).then(function (r) {
      if (seq !== previewSeq || !r.ok) { return; } // a later keystroke's answer wins
      FIELDS.forEach(function (f) {
        var v = r.data[f];
        $("f-" + f).textContent = v === null || v === undefined ? "-" : String(v);
      });
    });
  }

  function parseDay(text) {
    var t = text.trim(), m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
    if (m) { return m[3] + "-" + ("0" + m[2]).slice(-2) + "-" + ("0" + m[1]).slice(-2); }
    return t;
  }

  /** A CSV saved by Excel or LibreOffice: UTF-8 with or without BOM, comma or semicolon, quoted fields. */
  function parseCsv(text) {
    text = text.replace(/^\uFEFF/, "");
    var first = text.split(/\r?\n/)[0] || "";
    var sep = (first.split(";").length > first.split(",").length) ? ";" : ",";
    var rows = [], row = [], field = "", quoted = false;
    for (var i = 0; i < text.length; i++) {
      var ch = text[i];
      if (quoted) {
        if (ch === "\"" && text[i + 1] === "\"") { field += "\""; i++; }
        else if (ch === "\"") { quoted = false; }
        else { field += ch; }
      } else if (ch === "\"") { quoted = true; }
      else if (ch === sep) { row.push(field); field = ""; }
      else if (ch === "\n" || ch === "\r") {
        if (ch === "\r" && text[i + 1] === "\n") { i++; }
        row.push(field); rows.push(row); row = []; field = "";
      } else { field += ch; }
    }
    if (field || row.length) { row.push(field); rows.push(row); }
    return rows.filter(function (r) { return r.some(function (c) { return c.trim(); }); });
  }

  function importCsv() {
    var file = $("csv-file").files[0];
    if (!file) { return; }
    file.text().then(function (text) {
      var rows = parseCsv(text);
      if (rows.length && !/\d/.test(rows[0][1] || "")) { rows.shift(); } // a header row
      var lines = rows.map(function (r) { return { title: (r[0] || "").trim(), issuedOn: parseDay(r[1] || "") }; });
      say("Đang nhập " + lines.length + " dòng...");
      return api("POST", "/api/directives/import", lines).then(function (r) {
        if (!r.ok) { say(problemText(r.data)); return; }
        var body = $("csv-results").querySelector("tbody");
        body.textContent = "";
        var labels = { created: "Đã thêm", existing: "Đã có từ trước", rejected: "Bị từ chối" };
        var bad = 0;
        r.data.results.forEach(function (res) {
          var tr = document.createElement("tr");
          var cells = [String(res.index + 1), lines[res.index].title,
            labels[res.status] + (res.errors && res.errors.length ? ": " + problemText(res) : "")];
          if (res.status === "rejected") { bad++; tr.className = "console-error"; }
          cells.forEach(function (c) { var td = document.createElement("td"); td.textContent = c; tr.append(td); });
          body.append(tr);
        });
        $("csv-results").hidden = false;
        say("Đã nhập " + (lines.length - bad) + " dòng, " + bad + " dòng bị từ chối.");
      });
    });
  }

  function saveDirective(event) {
    event.preventDefault();
    var body = { title: $("d-title").value.trim(), issuedOn: $("d-issued").value };
    if ($("d-signer").value.trim()) { body.signer = $("d-signer").value.trim(); }
    api("POST", "/api/directives", body).then(function (r) {
      var out = $("d-result");
      out.textContent = "";
      if (!r.ok) { say(problemText(r.data)); return; }
      var a = document.createElement("a");
      a.href = r.data.pageUrl || "/van-ban/"; a.textContent = "Đã lưu: " + (r.data.symbol || r.data.title);
      var del = document.createElement("button");
      del.type = "button"; del.textContent = "Xoá văn bản";
      del.addEventListener("click", function () {
        if (!window.confirm("Xoá văn bản này?")) { return; }
        api("DELETE", "/api/directives/" + encodeURIComponent(r.data.id)).then(function (d) {
          say(d.ok ? "Đã xoá văn bản." : problemText(d.data));
          if (d.ok) { out.textContent = ""; }
        });
      });
      out.append(a, " ", del);
      say(r.status === 201 ? "Đã lưu văn bản." : "Văn bản này đã có từ trước.");
    });
  }

  function setUpDirectives() {
    $("d-title").addEventListener("input", function () {
      clearTimeout(previewTimer);
      previewTimer = setTimeout(preview, 250);
    });
    $("directive-form").addEventListener("submit", saveDirective);
    $("csv-file").addEventListener("change", importCsv);
  }

  start();
}());
