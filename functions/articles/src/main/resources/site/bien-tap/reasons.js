/* Why the server refused something, in Vietnamese. The API answers in English by contract
 * (RFC 9457 problem+json, errors [{field, message}], the same for curl users and scripts); this
 * file is the one place that turns those reasons into Vietnamese for editors. A reason not known
 * here still shows, with its field in Vietnamese and the server's own words: never hidden.
 * EditorConsoleBrowserTest feeds it the server's real reasons and fails on any it does not know. */
"use strict";
window.BienTapReasons = (function () {
  var KINDS = { article: "bài viết", attachment: "tệp đính kèm", image: "ảnh" };
  var FIELDS = {
    kind: "Loại tệp", filename: "Tên tệp", contentType: "Loại nội dung", contentLength: "Dung lượng tệp",
    file: "Tệp", upload: "Tệp tải lên", body: "Nội dung", frontMatter: "Phần thông tin đầu tệp",
    title: "Tiêu đề", summary: "Tóm tắt", slug: "Địa chỉ trang (slug)", section: "Chuyên mục", category: "Chuyên mục",
    author: "Tác giả", publishedAt: "Thời điểm đăng", images: "Danh sách ảnh", id: "Mã bài",
    line: "Dòng", issuedOn: "Ngày ban hành", symbol: "Số ký hiệu", type: "Loại văn bản", signer: "Người ký",
    signerTitle: "Chức vụ người ký", field: "Lĩnh vực", issuerName: "Tên cơ quan",
    effectiveOn: "Ngày có hiệu lực", expiresOn: "Ngày hết hiệu lực",
    attachmentUploadId: "Tệp đính kèm", replaces: "Văn bản được thay thế", "content-type": "Kiểu dữ liệu gửi lên",
    draft: "Bản nháp (draft)", expiresAt: "Thời điểm hết hạn (expiresAt)", from: "Từ ngày", to: "Đến ngày",
    editor: "Biên tập viên", cursor: "Trang tiếp theo", limit: "Số dòng mỗi trang", request: "Yêu cầu"
  };
  /** "1 MB", "1,5 MB": sizes as the console writes them. */
  function megabytes(bytes) { return String(Math.round(bytes / 1024 / 1024 * 10) / 10).replace(".", ",") + " MB"; }
  function kind(name) { return KINDS[name] || name; }
  /* [pattern of the server's message, its Vietnamese]: "$1" takes the pattern's first group. */
  var RULES = [
    [/^is required$/, "bắt buộc phải có"],
    [/^is not a known field$/, "không phải là trường được hỗ trợ"],
    [/^must be one of article, attachment, image$/, "phải là bài viết, tệp đính kèm hoặc ảnh"],
    [/^must be 1 to 200 printable characters$/, "phải dài từ 1 đến 200 ký tự in được"],
    [/^must be one of (.+) for (\w+)$/, function (m) { return "phải là một trong các loại " + m[1] + " (với " + kind(m[2]) + ")"; }],
    [/^must be a positive integer \(bytes\)$/, "phải là số byte, lớn hơn 0"],
    [/^must be at most (\d+) bytes for (\w+)$/, function (m) { return "tối đa " + megabytes(+m[1]) + " với " + kind(m[2]); }],
    [/^the source file must be at most 1 MiB \(\d+ bytes\) of UTF-8 text$/, "tệp bài viết phải là văn bản UTF-8, tối đa 1 MB"],
    [/^must be text\/markdown or text\/html, was (.*)$/, "phải là text/markdown hoặc text/html (tệp gửi lên là $1)"],
    [/^is required: write the article after the closing '---' line$/, "chưa có: hãy viết bài sau dòng '---' thứ hai"],
    [/^has unknown keys: (.+) \(allowed: (.+)\)$/, "có mục không được hỗ trợ: $1 (được dùng: $2)"],
    [/^must contain letters or digits \(the page address is made from them\)$/, "phải có chữ hoặc số (địa chỉ trang được tạo từ đó)"],
    [/^must be the id of a published article \(26 letters a-z and digits 2-7\)$/, "phải là mã của một bài đã đăng (26 ký tự a-z và 2-7)"],
    [/^is missing: the file must start with a '---' line/, "chưa có: tệp phải bắt đầu bằng một dòng '---', rồi các dòng thông tin (tiêu đề, ngày...), rồi một dòng '---' nữa"],
    [/^is not closed: add a '---' line after the front matter$/, "chưa đóng: hãy thêm một dòng '---' sau các dòng thông tin"],
    [/^is not valid YAML: (.*)$/, "viết sai cú pháp YAML ($1)"],
    [/^must be a set of 'key: value' lines$/, "phải gồm các dòng dạng 'tên: giá trị'"],
    [/^must be plain text$/, "phải là văn bản thường"],
    [/^must be at most (\d+) characters$/, "tối đa $1 ký tự"],
    [/^must be lower-case letters a-z and digits joined by single hyphens, e\.g\. (\S+)$/, "chỉ gồm chữ thường a-z và số, nối bằng một dấu gạch ngang, ví dụ $1"],
    [/^must be between the years (\d+) and (\d+)$/, function (m) { return "phải trong khoảng năm " + m[1] + " đến " + m[2]; }],
    [/^must be an ISO-8601 date-time with an offset, e\.g\. (\S+)$/, "phải là ngày giờ có múi giờ, ví dụ $1"],
    [/^must be a list of entries with a key and a caption$/, "phải là danh sách, mỗi mục có key (mã ảnh) và caption (chú thích)"],
    [/^must have at most (\d+) entries$/, "tối đa $1 mục"],
    [/^must be an entry with a key and a caption$/, "phải có key (mã ảnh) và caption (chú thích)"],
    [/^is required: the text shown under the image \(and read out to readers who cannot see it\)$/, "bắt buộc phải có: chú thích hiện dưới ảnh (và được đọc cho người không nhìn thấy ảnh)"],
    [/^and category name the same thing; give only section$/, "và category là một; chỉ ghi section"],
    [/^'(.+)' is not a section of the portal; use one of: (.+)$/, "'$1' không phải là chuyên mục của cổng; hãy dùng một trong: $2"],
    [/^must be an upload id: 1 to 64 letters, digits, '_' or '-'$/, "phải là mã tải lên: 1 đến 64 chữ, số, '_' hoặc '-'"],
    [/^lists the same image twice$/, "có một ảnh được kê hai lần"],
    [/^refers to (.+), not listed under images in the front matter$/, "nhắc đến $1 nhưng ảnh này chưa được kê trong mục images ở phần thông tin"],
    [/^is not publishable$/, "không đăng được"],
    [/^the file has (\d+) bytes, not the (\d+) announced$/, function (m) { return "tệp có " + m[1] + " byte, không phải " + m[2] + " byte như đã khai"; }],
    [/^is not the id of a published article; leave it out to publish a new one$/, "không phải mã của bài đã đăng; bỏ dòng id để đăng bài mới"],
    [/^is already used on (\S+) by another article \((\w+)\); give this one its own slug$/, function (m) { return "đã được bài khác (" + m[2] + ") dùng trong ngày " + m[1] + "; hãy đặt slug khác"; }],
    [/^is not the id of an image upload$/, "không phải mã của một ảnh đã tải lên"],
    [/^refers to an image upload that was rejected$/, "là ảnh đã bị từ chối"],
    [/^is not a (\S+) image$/, "không phải ảnh $1: nội dung tệp không khớp với loại tệp"],
    [/^is not a (\S+) document$/, "không phải tài liệu $1: nội dung tệp không khớp với loại tệp"],
    [/^is not UTF-8 text$/, "không phải văn bản UTF-8 (hãy lưu tệp với bảng mã UTF-8)"],
    [/^could not be published after (\d+) attempts; an operator was alerted$/, "chưa đăng được sau $1 lần thử; quản trị viên đã được báo"],
    [/^could not be published at its scheduled time after (\d+) attempts; an operator was alerted$/, "chưa đăng được vào giờ đã hẹn sau $1 lần thử; quản trị viên đã được báo"],
    [/^is not the id of an attachment upload$/, "không phải mã của một tệp đính kèm đã tải lên"],
    [/^is not a PDF or Word document$/, "không phải tài liệu PDF hoặc Word"],
    [/^refers to an upload that was rejected$/, "là tệp đã bị từ chối; hãy tải tệp lên lại"],
    [/^is not an upload id$/, "không phải mã tải lên"],
    [/^must be a JSON object with title and issuedOn$/, "phải có tên văn bản và ngày ban hành"],
    [/^must be a JSON array of \{"title", "issuedOn"\} objects$/, "phải là danh sách các dòng có tên văn bản và ngày ban hành"],
    [/^must hold at least one line$/, "phải có ít nhất một dòng"],
    [/^is not a document symbol such as (.+)$/, "không phải số ký hiệu văn bản, ví dụ $1"],
    [/^must be one of: (.+)$/, "phải là một trong: $1"],
    [/^must be after the first day in effect \(effectiveOn, else issuedOn\)$/, "phải sau ngày có hiệu lực (hoặc ngày ban hành)"],
    [/^must be a string$/, "phải là chuỗi ký tự"],
    [/^must not contain control characters$/, "không được chứa ký tự điều khiển"],
    [/^must be a date YYYY-MM-DD$/, "phải là ngày dạng NNNN-TT-NN hoặc NN/TT/NNNN"],
    [/^must be a date between (\d+) and (\d+)$/, function (m) { return "phải là ngày trong khoảng năm " + m[1] + " đến " + m[2]; }],
    [/^must be a real date YYYY-MM-DD$/, "không phải ngày có thật"],
    [/^is not valid JSON$/, "không đúng định dạng JSON"],
    [/^must be a JSON object$/, "phải là một đối tượng JSON"],
    [/^is not valid UTF-8$/, "không phải văn bản UTF-8"],
    [/^must be application\/json$/, "phải là application/json"],
    [/^must be true or false$/, "phải là true (có) hoặc false (không)"],
    [/^must be ISO-8601 with an offset, e\.g\. (\S+)$/, "phải là ngày giờ có múi giờ, ví dụ $1"],
    [/^must be after publishedAt$/, "phải sau thời điểm đăng (publishedAt)"],
    [/^must be before the year (\d+)$/, "phải trước năm $1"],
    [/^must not be before from$/, "không được trước ngày bắt đầu"],
    [/^the range must cover at most (\d+) days$/, "khoảng thời gian tối đa $1 ngày"],
    [/^must be an editor's subject as the entries show it$/, "phải là mã biên tập viên như trong nhật ký"],
    [/^is not a cursor this API gave out$/, "không hợp lệ; hãy tải lại nhật ký từ đầu"],
    [/^is not a known parameter$/, "không phải tham số được hỗ trợ"],
    [/^takes no query parameters( and no body)?$/, "không nhận tham số hay nội dung kèm theo"]
  ];
  /* Problems without field errors: their detail. */
  var DETAILS = [
    [/^The attachment is still being processed; retry in a moment\.$/, "Tệp đính kèm đang được kiểm tra; hãy thử lại sau giây lát."],
    [/^This attachment upload belongs to another directive; upload the file again\.$/, "Tệp đính kèm này đã gắn với văn bản khác; hãy tải tệp lên lại."],
    [/^A related document was changed( or deleted)? meanwhile; retry\.$/, "Một văn bản liên quan vừa được sửa hoặc xoá; hãy thử lại."],
    [/^Another request is registering the same document; retry\.$/, "Văn bản này đang được đăng ký từ một yêu cầu khác; hãy thử lại."],
    [/^Only members of the editors group may do this\.$/, "Chỉ thành viên nhóm biên tập (editors) mới được làm việc này."],
    [/^An import takes at most (\d+) lines; this one has (\d+)\. Split it\.$/, "Mỗi lần nhập tối đa $1 dòng; lần này có $2 dòng."],
    [/^No (article|directive|upload) \S+\.$/, "Không tìm thấy (có thể đã bị xoá)."],
    [/^Upload \S+ is not a draft or scheduled \(any more\)/, "Tệp này không còn là bản nháp hay bài hẹn giờ (có thể đã được đăng, bỏ hoặc hủy)."],
    [/^No article \S+ was ever published\.$/, "Bài này chưa từng được đăng."],
    [/^Article \S+ has no version \S+\.$/, "Bài này không có phiên bản đó."],
    [/^The source of version \S+ is no longer kept\.$/, "Tệp gốc của phiên bản này không còn được lưu."],
    [/^No preview here/, "Không có bản xem trước ở đây: liên kết sai, đã hết hạn, hoặc bản nháp đã được đăng hay bỏ."]
  ];
  var STATUS = { 400: "Yêu cầu không hợp lệ.", 401: "Phiên đăng nhập đã hết hạn; hãy đăng nhập lại.",
    403: "Không có quyền làm việc này.", 404: "Không tìm thấy.", 409: "Xung đột; hãy thử lại.",
    413: "Dữ liệu gửi lên quá lớn.", 429: "Quá nhiều yêu cầu; hãy thử lại sau ít phút." };

  function apply(rules, text) {
    for (var i = 0; i < rules.length; i++) {
      var m = rules[i][0].exec(text);
      if (m) {
        var to = rules[i][1];
        return typeof to === "function" ? to(m) : to.replace(/\$(\d)/g, function (_, n) { return m[+n]; });
      }
    }
    return null;
  }

  /** "images[0].key" → "Ảnh thứ 1 trong danh sách ảnh"; unknown fields keep their name. */
  function field(name) {
    var m = /^images\[(\d+)\](\.key|\.caption)?$/.exec(name || "");
    if (m && m[2] === ".caption") { return "Chú thích của ảnh thứ " + (+m[1] + 1) + " trong danh sách ảnh"; }
    if (m) { return "Ảnh thứ " + (+m[1] + 1) + " trong danh sách ảnh"; }
    return FIELDS[name] || name;
  }
  /** The Vietnamese of one server message, or null if this file does not know it. */
  function message(text) { return apply(RULES, String(text || "")) || apply(DETAILS, String(text || "")); }
  function line(e) { return field(e.field) + ": " + (message(e.message) || e.message); }

  /** One sentence for a problem+json body, or an upload's or import row's {errors}. */
  function problem(data, status) {
    if (!data) { return STATUS[status] || "Máy chủ không trả lời được, hãy thử lại."; }
    var errors = data.errors || [];
    if (errors.length) { return errors.map(line).join("; ") + "."; }
    var detail = data.detail ? apply(DETAILS, data.detail) : null;
    return detail || STATUS[data.status || status] || data.detail || "Yêu cầu không hợp lệ.";
  }

  return { field: field, message: message, problem: problem, megabytes: megabytes };
}());
