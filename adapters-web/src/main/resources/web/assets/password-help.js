/*
 * Single-Password: help while typing, as progressive enhancement. Every page works without this
 * script, and the server judges every password again at "Confirm"; this only tells earlier.
 *
 * - moves focus to the error summary after a failed post, so that it is read out first;
 * - warns "Caps Lock is on" in every password box (the FAQ's first help);
 * - adds a "Show" button to every password box;
 * - ticks off the policy checklist of "New password" rule by rule, reading each rule from the
 *   data- attributes the server wrote from the effective policy (never a copy of its own);
 * - says under "Re-enter new password" whether the two match.
 *
 * Every text comes from the page, in the page's language. No framework, no build step: ES2017.
 */
(function () {
  "use strict";

  // Unicode White_Space, as the server's ForbiddenCharacters counts it.
  var WHITE_SPACE = /[\t\n\u000b\f\r\u001c-\u001f \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

  function focusErrorSummary() {
    var summary = document.getElementById("error-summary");
    if (summary) {
      summary.focus();
    }
  }

  function watchCapsLock(input) {
    var warning = document.getElementById(input.id + "-caps-lock");
    if (!warning) {
      return;
    }
    function update(event) {
      if (typeof event.getModifierState === "function") {
        warning.hidden = !event.getModifierState("CapsLock");
      }
    }
    input.addEventListener("keydown", update);
    input.addEventListener("keyup", update);
    input.addEventListener("blur", function () {
      warning.hidden = true;
    });
  }

  function addShowButton(input) {
    var wrapper = input.parentElement;
    if (!wrapper || !wrapper.classList.contains("password-input")) {
      return;
    }
    var showText = wrapper.getAttribute("data-show-text");
    var hideText = wrapper.getAttribute("data-hide-text");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "password-toggle";
    button.setAttribute("aria-controls", input.id);
    button.setAttribute("aria-pressed", "false");
    button.textContent = showText;
    button.addEventListener("click", function () {
      var show = input.type === "password";
      input.type = show ? "text" : "password";
      button.setAttribute("aria-pressed", show ? "true" : "false");
      button.textContent = show ? hideText : showText;
    });
    wrapper.classList.add("with-toggle");
    wrapper.appendChild(button);
    // A shown password must not stay readable in a page that is sent or left.
    if (input.form) {
      input.form.addEventListener("submit", function () {
        input.type = "password";
      });
    }
  }

  function count(characters, from, to) {
    var found = 0;
    characters.forEach(function (character) {
      if (character >= from && character <= to) {
        found += 1;
      }
    });
    return found;
  }

  /** Whether the typed characters meet the rule of this item; undefined: only the server knows. */
  function meets(item, characters) {
    var data = item.dataset;
    switch (data.rule) {
      case "MIN_LENGTH":
        return characters.length >= Number(data.min);
      case "MAX_LENGTH":
        return characters.length <= Number(data.max);
      case "FORBIDDEN_CHARACTER":
        var forbidden = Array.from(data.characters || "");
        var whitespace = data.whitespace === "true";
        return !characters.some(function (character) {
          return forbidden.indexOf(character) >= 0 || (whitespace && WHITE_SPACE.test(character));
        });
      case "UPPERCASE":
      case "LOWERCASE":
      case "DIGIT":
        return count(characters, data.from, data.to) >= Number(data.minimum);
      default:
        return undefined;
    }
  }

  function watchChecklist(input) {
    var checklist = document.getElementById("password-checklist");
    var summary = document.getElementById("password-checklist-summary");
    if (!checklist) {
      return;
    }
    var items = Array.from(checklist.querySelectorAll("li[data-rule]"));
    var lastSummary = "";
    function update() {
      var characters = Array.from(input.value);
      var checked = 0;
      var met = 0;
      items.forEach(function (item) {
        var result = meets(item, characters);
        if (result === undefined) {
          return;
        }
        checked += 1;
        if (result) {
          met += 1;
        }
        item.setAttribute("data-met", result ? "true" : "false");
        var status = item.querySelector(".rule-status");
        if (status) {
          status.textContent =
            " " + checklist.getAttribute(result ? "data-met-text" : "data-unmet-text");
        }
      });
      if (summary && characters.length > 0) {
        var text = checklist
          .getAttribute("data-summary-text")
          .replace("{met}", String(met))
          .replace("{total}", String(checked));
        // Said only when it changes, so that a screen reader is not told at every key.
        if (text !== lastSummary) {
          summary.textContent = text;
          lastSummary = text;
        }
      }
    }
    input.addEventListener("input", update);
    if (input.value) {
      update();
    }
  }

  function watchMatch(first, second) {
    var line = document.getElementById("reenteredPassword-match");
    if (!line) {
      return;
    }
    function update() {
      if (!second.value) {
        line.textContent = "";
        line.removeAttribute("data-match");
        return;
      }
      var same = first.value === second.value;
      line.textContent = line.getAttribute(same ? "data-match-text" : "data-mismatch-text");
      line.setAttribute("data-match", same ? "true" : "false");
    }
    first.addEventListener("input", update);
    second.addEventListener("input", update);
  }

  function start() {
    Array.from(document.querySelectorAll("input[type=password]")).forEach(function (input) {
      watchCapsLock(input);
      addShowButton(input);
    });
    var newPassword = document.getElementById("newPassword");
    var reentered = document.getElementById("reenteredPassword");
    if (newPassword) {
      watchChecklist(newPassword);
    }
    if (newPassword && reentered) {
      watchMatch(newPassword, reentered);
    }
    focusErrorSummary();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
