/// The board's script, written for it (no framework): forms that carry `data-api` are sent
/// to the JSON API with the session's CSRF token, and their refusals shown in Japanese next
/// to the fields they name; a page with `data-live` follows the server-sent events and
/// refreshes its `data-region` parts within a moment of a change anywhere, with a visible
/// "更新しました" mark. Without it the pages still read; changing needs it.
enum BoardScript {
    static let js = """
        "use strict";
        (function () {
          var tokenTag = document.querySelector('meta[name="csrf-token"]');
          var csrf = tokenTag ? tokenTag.getAttribute("content") : "";

          function clearErrors(form) {
            form.querySelectorAll(".field-error").forEach(function (node) { node.remove(); });
            form.querySelectorAll("[aria-invalid]").forEach(function (node) {
              node.removeAttribute("aria-invalid");
              node.removeAttribute("aria-describedby");
            });
            var general = form.querySelector(".form-error");
            if (general) { general.textContent = ""; }
          }

          function showError(form, error) {
            var general = form.querySelector(".form-error");
            if (!general) {
              general = document.createElement("p");
              general.className = "form-error";
              general.setAttribute("role", "alert");
              form.insertBefore(general, form.firstChild);
            }
            general.textContent = error.message || "送信できませんでした。";
            (error.problems || []).forEach(function (problem, index) {
              var field = problem.field ? form.querySelector('[name="' + problem.field + '"]') : null;
              if (!field) { return; }
              var note = document.createElement("p");
              note.className = "field-error";
              note.id = (form.id || "form") + "-error-" + index;
              note.textContent = problem.message;
              field.setAttribute("aria-invalid", "true");
              field.setAttribute("aria-describedby", note.id);
              field.insertAdjacentElement("afterend", note);
            });
          }

          function bodyOf(form) {
            var body = {};
            var lists = (form.dataset.lists || "").split(" ").filter(Boolean);
            lists.forEach(function (name) { body[name] = []; });
            Array.prototype.forEach.call(form.elements, function (field) {
              if (!field.name || field.disabled || field.type === "submit") { return; }
              if (lists.indexOf(field.name) >= 0) {
                if ((field.type === "checkbox" || field.type === "radio") && !field.checked) { return; }
                field.value.split(/[\\s,、]+/).filter(Boolean).forEach(function (value) { body[field.name].push(value); });
                return;
              }
              if (field.type === "checkbox") { body[field.name] = field.checked; return; }
              if (field.type === "radio" && !field.checked) { return; }
              if (field.value === "") { return; }
              body[field.name] = field.type === "number" ? Number(field.value) : field.value;
            });
            if (form.dataset.answer) {
              return { answers: (body.assignment || []).map(function (id) {
                return { assignment: id, action: form.dataset.answer };
              }) };
            }
            return body;
          }

          document.addEventListener("submit", function (event) {
            var form = event.target;
            if (!form.dataset || !form.dataset.api) { return; }
            event.preventDefault();
            clearErrors(form);
            if (form.dataset.confirm && !window.confirm(form.dataset.confirm)) { return; }
            var method = form.dataset.method || "POST";
            var button = form.querySelector('[type="submit"]');
            if (form.dataset.upload) {
              var chosen = form.querySelector('input[type="file"]');
              var file = chosen && chosen.files && chosen.files[0];
              if (!file) { showError(form, { message: "ファイルを選んでください。" }); return; }
              if (button) { button.disabled = true; }
              file.text().then(function (text) { send(form, method, text, "application/xml", button); });
              return;
            }
            if (button) { button.disabled = true; }
            send(form, method, method === "DELETE" ? null : JSON.stringify(bodyOf(form)), "application/json", button);
          });

          function send(form, method, body, type, button) {
            var options = { method: method, credentials: "same-origin",
              headers: { "Content-Type": type, "X-CSRF-Token": csrf, "Accept-Language": "ja" } };
            if (body !== null) { options.body = body; }
            fetch(form.dataset.api, options).then(function (response) {
              return response.text().then(function (text) {
                var json = null;
                try { json = text ? JSON.parse(text) : null; } catch (ignored) { json = null; }
                if (response.ok) {
                  var next = form.dataset.next;
                  var id = json && (json.id || (json.incident && json.incident.id));
                  if (next && id) { next = next.replace("{id}", id); }
                  if (next && next.indexOf("{id}") >= 0) { next = "/"; }
                  if (next) { window.location.assign(next); } else { window.location.reload(); }
                  return;
                }
                if (response.status === 401 && !form.dataset.signin) { window.location.assign("/login"); return; }
                showError(form, (json && json.error) || { message: "送信できませんでした（" + response.status + "）。" });
                if (button) { button.disabled = false; }
              });
            }).catch(function () {
              showError(form, { message: "サーバーにつながりません。少し待ってからもう一度送信してください。" });
              if (button) { button.disabled = false; }
            });
          }

          var live = document.body.dataset.live;
          if (!live || !window.EventSource) { return; }
          var pending = null;
          function refresh() {
            pending = null;
            fetch(window.location.href, { credentials: "same-origin" }).then(function (response) {
              return response.ok ? response.text() : null;
            }).then(function (html) {
              if (!html) { return; }
              var fresh = new DOMParser().parseFromString(html, "text/html");
              fresh.querySelectorAll("[data-region]").forEach(function (region) {
                var old = document.getElementById(region.id);
                if (old) { old.innerHTML = region.innerHTML; }
              });
              var mark = document.getElementById("updated");
              if (mark) {
                var now = new Date();
                mark.textContent = "更新しました（" + now.toLocaleTimeString("ja-JP") + "）";
              }
            });
          }
          var source = new EventSource("/api/v1/events");
          ["incident.opened", "incident.changed", "incident.closed", "request.filed", "request.changed",
           "request.cancelled", "plan.stored", "assignment.answered", "ack.recorded", "notice.posted",
           "roster.imported"].forEach(function (kind) {
            source.addEventListener(kind, function (event) {
              var data = {};
              try { data = JSON.parse(event.data); } catch (ignored) { data = {}; }
              if (live !== "all" && data.incident && data.incident !== live) { return; }
              if (!pending) { pending = window.setTimeout(refresh, 200); }
            });
          });
        })();
        """
}
