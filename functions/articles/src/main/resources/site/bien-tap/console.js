/* The editor console (/bien-tap/): OAuth 2.0 code flow with PKCE against Cognito's managed login
 * (locally, the stand-in the local stack serves), then the editors' API on the same origin.
 * Tokens live in sessionStorage only (gone with the tab), never localStorage. */
"use strict";
(function () {
  var CONSOLE_PATH = "/bien-tap/";
  /* The upload limits (types, sizes per kind) come from config.json, written from the server's
   * own (UploadKind): checked here before anything is sent, never copied into this file. */
  var LABELS = { article: "bài viết", attachment: "tệp đính kèm", image: "ảnh" };
  /* What a file's name says it holds: browsers leave File.type empty for .md and often for .doc. */
  var TYPES = {
    md: "text/markdown", markdown: "text/markdown", html: "text/html", htm: "text/html",
    pdf: "application/pdf", doc: "application/msword",
    docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png", webp: "image/webp"
  };
  var reasons = window.BienTapReasons;
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

  /** The server's reasons in Vietnamese (reasons.js). */
  function problemText(data, status) { return reasons.problem(data, status); }

  var megabytes = reasons.megabytes;

  /** Fills the limits into the page: the fields' accepted types and the sizes their labels name. */
  function showLimits() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-limit]"), function (el) {
      el.textContent = megabytes(config.uploads[el.getAttribute("data-limit")].maxBytes);
    });
    Array.prototype.forEach.call(document.querySelectorAll("input[data-kind]"), function (input) {
      var types = config.uploads[input.getAttribute("data-kind")].contentTypes;
      var extensions = Object.keys(TYPES).filter(function (e) { return types.indexOf(TYPES[e]) >= 0; })
        .map(function (e) { return "." + e; });
      input.accept = extensions.concat(types).join(",");
    });
  }

  function start() {
    var loaded = fetch(CONSOLE_PATH + "config.json").then(function (r) { return r.json(); });
    // the buttons answer at once: a click before the configuration has arrived waits for it
    $("sign-in").addEventListener("click", function () { loaded.then(signIn); });
    $("sign-out").addEventListener("click", function () { loaded.then(signOut); });
    loaded.then(function (c) {
      config = c;
      showLimits();
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
  function contentType(file) {
    var extension = (/\.([^.]+)$/.exec(file.name) || ["", ""])[1].toLowerCase();
    return TYPES[extension] || file.type || "application/octet-stream";
  }
  function check(file, kind) {
    var limit = config.uploads[kind], type = contentType(file);
    if (limit.contentTypes.indexOf(type) < 0) {
      return "Tệp " + file.name + " không đúng loại " + LABELS[kind] + " (cho phép: " + limit.contentTypes.join(", ") + ").";
    }
    if (file.size > limit.maxBytes) {
      var size = megabytes(file.size), max = megabytes(limit.maxBytes);
      if (size === max) { size = file.size.toLocaleString("vi-VN") + " byte"; } // not "1 MB, tối đa 1 MB"
      return "Tệp " + file.name + " quá lớn: " + size + ", tối đa " + max + " cho " + LABELS[kind] + ".";
    }
    if (file.size === 0) { return "Tệp " + file.name + " trống."; }
    return null;
  }

  function row(file, list) {
    var li = document.createElement("li");
    var label = document.createElement("span");
    label.textContent = file.name;
    var bar = document.createElement("progress");
    bar.max = 100; bar.value = 0;
    bar.setAttribute("aria-label", "Tiến độ tải lên " + file.name);
    var note = document.createElement("span");
    li.append(label, bar, note);
    (list || $("uploads")).append(li);
    return { bar: bar, note: note };
  }

  /** Asks for a signed URL, PUTs the bytes there with progress; resolves to the upload id. */
  function send(file, kind, bytes, ui) {
    var type = contentType(file);
    var size = bytes ? bytes.size : file.size;
    return api("POST", "/api/uploads", { kind: kind, filename: file.name, contentType: type, contentLength: size })
      .then(function (r) {
        if (!r.ok) { throw new Error(file.name + ": " + problemText(r.data, r.status)); }
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

  /** Polls the upload's status until the publish function has checked it; a rejection names the file and why. */
  function waitFor(id, ui, name) {
    return new Promise(function (resolve, reject) {
      var tries = 0;
      (function poll() {
        api("GET", "/api/uploads/" + encodeURIComponent(id)).then(function (r) {
          var s = r.data || {};
          if (s.status === "published") { resolve(s); return; }
          if (s.status === "rejected") {
            ui.note.textContent = " Bị từ chối: " + problemText(s);
            ui.note.className = "console-error";
            reject(new Error("Tệp " + name + " bị từ chối. " + problemText(s)));
            return;
          }
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
    var article = picked.article, images = picked.images;
    article.text().then(function (source) {
      // an article names its images as ${image:<file name>} (as local/samples do): each must be chosen too
      var missing = [];
      source.replace(/\$\{image:([^}]+)\}/g, function (_, name) {
        if (missing.indexOf(name) < 0 && !images.some(function (i) { return i.name === name; })) { missing.push(name); }
      });
      if (missing.length) {
        say("Bài viết gọi ảnh " + missing.join(", ") + " nhưng ảnh này chưa được chọn. "
          + "Hãy chọn cả tệp ảnh rồi bấm \u201cTải lên và đăng\u201d lại.");
        $("image-files").focus();
        return;
      }
      picked = { article: null, images: [] };
      $("uploads").textContent = "";
      var ids = {};
      say("Đang tải ảnh lên...");
      return Promise.all(images.map(function (img) {
        var ui = row(img);
        return send(img, "image", null, ui).then(function (id) { ids[img.name] = id; return waitFor(id, ui, img.name); })
          .then(function () { ui.note.textContent = " Đã tải lên."; });
      })).then(function () {
        var text = source;
        Object.keys(ids).forEach(function (name) { text = text.split("${image:" + name + "}").join(ids[name]); });
        var blob = new Blob([text], { type: contentType(article) });
        var ui = row(article);
        if (blob.size > config.uploads.article.maxBytes) { throw new Error(check({ name: article.name, size: blob.size }, "article")); }
        say("Đang tải bài viết lên...");
        return send(article, "article", blob, ui).then(function (id) {
          say("Đã gửi bài viết; đang chờ đăng...");
          return waitFor(id, ui, article.name);
        }).then(function (s) {
          ui.note.textContent = " ";
          var a = document.createElement("a");
          a.href = s.url; a.textContent = "Đã đăng: xem bài";
          ui.note.append(a);
          say("Bài viết đã được đăng.");
          a.focus();
          // the day's list shows it, ready to unpublish
          var day = /\/(\d{4})\/(\d{2})\/(\d{2})\//.exec(s.url);
          if (day) { $("recent-date").value = day[1] + "-" + day[2] + "-" + day[3]; showRecent(); }
        });
      });
    }).catch(function (e) { say(e.message); });
  }

  var recentSeq = 0;
  function showRecent(event) {
    if (event) { event.preventDefault(); }
    var day = $("recent-date").value, seq = ++recentSeq;
    api("GET", "/api/articles?date=" + encodeURIComponent(day)).then(function (r) {
      if (seq !== recentSeq) { return; } // the later day's answer wins
      var list = $("recent");
      list.textContent = "";
      if (!r.ok) { list.textContent = problemText(r.data, r.status); return; }
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
            say(d.ok ? "Đã gỡ bài \"" + a.title + "\"." : problemText(d.data, d.status));
            showRecent();
          });
        });
        li.append(link, " ", del);
        list.append(li);
      });
    });
  }

  function setUpArticles() {
    $("upload-form").addEventListener("submit", publish);
    var drop = $("drop");
    drop.addEventListener("dragover", function (e) { e.preventDefault(); drop.classList.add("is-over"); });
    drop.addEventListener("dragleave", function () { drop.classList.remove("is-over"); });
    drop.addEventListener("drop", function (e) {
      e.preventDefault(); drop.classList.remove("is-over"); take(e.dataTransfer.files);
    });
    // a file dropped beside the zone would make the browser leave the console to show it
    var elsewhere = function (e) { return !(e.target.closest && e.target.closest("#drop, input[type=file]")); };
    document.addEventListener("dragover", function (e) { if (elsewhere(e)) { e.preventDefault(); } });
    document.addEventListener("drop", function (e) {
      if (!elsewhere(e)) { return; }
      e.preventDefault();
      say("Hãy thả tệp vào ô \u201cHoặc kéo thả tệp bài viết và ảnh vào đây\u201d, hoặc chọn tệp bằng các nút.");
    });
    $("copy-template").addEventListener("click", function () {
      navigator.clipboard.writeText($("template").textContent).then(function () { say("Đã sao chép mẫu."); },
        function () { say("Không sao chép được; hãy chọn và sao chép mẫu bằng tay."); });
    });
    $("recent-date").value = new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10); // Vietnam day
    $("recent-form").addEventListener("submit", showRecent);
    showRecent();
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

  /**
   * A CSV saved by Excel or LibreOffice: UTF-8 with or without BOM, comma or semicolon, quoted
   * fields. Each row keeps its number in the sheet (row.sheetRow), blank rows are dropped.
   */
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
    rows.forEach(function (r, i) { r.sheetRow = i + 1; });
    return rows.filter(function (r) { return r.some(function (c) { return c.trim(); }); });
  }

  /* Lines per import request: well under the server's limit per call, so a long sheet goes in parts. */
  var IMPORT_PART = 100;

  function importCsv() {
    var input = $("csv-file"), file = input.files[0];
    if (!file) { return; }
    if (/\.(xlsx|xlsm|xls|ods)$/i.test(file.name)) {
      input.value = "";
      say("Tệp " + file.name + " là bảng tính, trang này chỉ đọc tệp CSV. Trong Excel: Tệp (File) → Lưu thành (Save As) → "
        + "chọn kiểu \u201cCSV UTF-8 (Comma delimited) (*.csv)\u201d. Trong LibreOffice: Tệp → Lưu thành → kiểu \u201cVăn bản CSV (.csv)\u201d, "
        + "bộ ký tự Unicode (UTF-8). Rồi chọn tệp .csv vừa lưu.");
      return;
    }
    file.text().then(function (text) {
      var rows = parseCsv(text);
      if (rows.length && !/\d/.test(rows[0][1] || "")) { rows.shift(); } // a header row
      // a blank cell is left out: the server then says the day is required rather than malformed
      var lines = rows.map(function (r) { return { title: (r[0] || "").trim(), issuedOn: parseDay(r[1] || "") || undefined }; });
      var sheetRows = rows.map(function (r) { return r.sheetRow; });
      if (!lines.length) { say("Tệp " + file.name + " không có dòng nào để nhập."); return; }
      var results = [];
      var sendPart = function (from) {
        if (from >= lines.length) { return Promise.resolve(true); }
        say("Đang nhập " + lines.length + " dòng (đã xong " + from + ")...");
        return api("POST", "/api/directives/import", lines.slice(from, from + IMPORT_PART)).then(function (r) {
          if (!r.ok) { say("Dừng ở dòng " + (from + 1) + ": " + problemText(r.data, r.status)); return false; }
          r.data.results.forEach(function (res) { res.index += from; results.push(res); });
          return sendPart(from + IMPORT_PART);
        });
      };
      return sendPart(0).then(function (complete) {
        var body = $("csv-results").querySelector("tbody");
        body.textContent = "";
        var labels = { created: "Đã thêm", existing: "Đã có từ trước", rejected: "Bị từ chối" };
        var bad = 0;
        results.forEach(function (res) {
          var tr = document.createElement("tr");
          var cells = [String(sheetRows[res.index]), lines[res.index].title,
            labels[res.status] + (res.errors && res.errors.length ? ": " + problemText(res) : "")];
          if (res.status === "rejected") { bad++; tr.className = "console-error"; }
          cells.forEach(function (c) { var td = document.createElement("td"); td.textContent = c; tr.append(td); });
          body.append(tr);
        });
        $("csv-results").hidden = !results.length;
        if (complete) { say("Đã nhập " + (results.length - bad) + " dòng, " + bad + " dòng bị từ chối."); }
      });
    }).catch(function (e) { say(e.message); });
  }

  /** Uploads the chosen attachment (if any) through its signed URL; resolves to its upload id once checked. */
  function attachment() {
    var file = $("d-attachment").files[0];
    if (!file) { return Promise.resolve(null); }
    var problem = check(file, "attachment");
    if (problem) { return Promise.reject(new Error(problem)); }
    $("d-uploads").textContent = "";
    var ui = row(file, $("d-uploads"));
    say("Đang tải tệp đính kèm lên...");
    return send(file, "attachment", null, ui).then(function (id) {
      return waitFor(id, ui, file.name).then(function () { ui.note.textContent = " Đã tải lên."; return id; });
    });
  }

  function saveDirective(event) {
    event.preventDefault();
    var body = { title: $("d-title").value.trim(), issuedOn: $("d-issued").value };
    if ($("d-signer").value.trim()) { body.signer = $("d-signer").value.trim(); }
    var out = $("d-result");
    out.textContent = "";
    $("d-save").disabled = true;
    attachment().then(function (uploadId) {
      if (uploadId) { body.attachmentUploadId = uploadId; }
      return api("POST", "/api/directives", body);
    }).then(function (r) {
      if (!r.ok) { say("Chưa lưu được văn bản. " + problemText(r.data, r.status)); return; }
      $("d-attachment").value = ""; // an upload belongs to one document: the next one sends its own
      out.append(directiveItem(r.data, "Đã lưu: "));
      say(r.status === 201 ? "Đã lưu văn bản." : "Văn bản này đã có từ trước.");
      out.querySelector("a").focus();
      findDirectives();
    }).catch(function (e) { say(e.message); }).then(function () { $("d-save").disabled = false; });
  }

  /** A directive as the console shows it: its page, its file, and delete behind a confirmation. */
  function directiveItem(d, prefix) {
    var item = document.createElement("span");
    var name = d.symbol || d.title;
    var a = document.createElement("a");
    a.href = d.pageUrl || "/van-ban/"; a.textContent = (prefix || "") + name;
    item.append(a);
    if (d.symbol) { item.append(" — " + d.title); }
    item.append(" (" + d.issuedOn.split("-").reverse().join("/") + ")");
    if (d.attachmentUrl) {
      var file = document.createElement("a");
      file.href = d.attachmentUrl; file.textContent = "Tệp đính kèm";
      item.append(" · ", file);
    }
    var del = document.createElement("button");
    del.type = "button"; del.textContent = "Xoá văn bản";
    del.setAttribute("aria-label", "Xoá văn bản " + name);
    del.addEventListener("click", function () {
      if (!window.confirm("Xoá văn bản \u201c" + name + "\u201d khỏi cổng thông tin?")) { return; }
      api("DELETE", "/api/directives/" + encodeURIComponent(d.id)).then(function (r) {
        say(r.ok ? "Đã xoá văn bản " + name + "." : problemText(r.data, r.status));
        if (r.ok) { item.remove(); findDirectives(); }
      });
    });
    item.append(" ", del);
    return item;
  }

  var findSeq = 0;
  /** The saved directives with a symbol, or the ten newest. */
  function findDirectives(event) {
    if (event) { event.preventDefault(); }
    var symbol = $("d-find-symbol").value.trim(), seq = ++findSeq;
    api("GET", "/api/directives?" + (symbol ? "symbol=" + encodeURIComponent(symbol) : "latest=10")).then(function (r) {
      if (seq !== findSeq) { return; } // the later search's answer wins
      var list = $("d-list");
      list.textContent = "";
      if (!r.ok) { list.textContent = problemText(r.data, r.status); return; }
      if (!r.data.items.length) { list.textContent = symbol ? "Không có văn bản nào có số ký hiệu này." : "Chưa có văn bản nào."; }
      r.data.items.forEach(function (d) {
        var li = document.createElement("li");
        li.append(directiveItem(d));
        list.append(li);
      });
    });
  }

  function setUpDirectives() {
    $("d-find").addEventListener("submit", findDirectives);
    findDirectives();
    $("d-title").addEventListener("input", function () {
      clearTimeout(previewTimer);
      previewTimer = setTimeout(preview, 250);
    });
    $("directive-form").addEventListener("submit", saveDirective);
    $("csv-file").addEventListener("change", importCsv);
  }

  start();
}());
