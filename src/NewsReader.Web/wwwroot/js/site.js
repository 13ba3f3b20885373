// NewsReader: progressive enhancement only. Every page works without this file.
(function () {
    "use strict";

    function enhanceGallery(gallery) {
        var slides = Array.prototype.slice.call(gallery.querySelectorAll(".slide"));
        if (slides.length === 0) {
            return;
        }

        var prev = gallery.querySelector("[data-gallery-prev]");
        var next = gallery.querySelector("[data-gallery-next]");
        var thumbs = Array.prototype.slice.call(gallery.querySelectorAll("[data-gallery-thumb]"));
        var hint = gallery.querySelector("[data-gallery-hint]");
        var articleHref = gallery.getAttribute("data-article-href");
        var titleSuffix = gallery.getAttribute("data-title-suffix") || "";
        var current = slides.findIndex(function (slide) { return !slide.hidden; });
        if (current < 0) {
            current = 0;
        }

        if (hint) {
            hint.hidden = false;
        }

        function setControl(control, index) {
            var usable = index >= 0 && index < slides.length;
            if (usable) {
                control.setAttribute("href", slides[index].getAttribute("data-href"));
                control.removeAttribute("aria-disabled");
            } else {
                control.removeAttribute("href");
                control.setAttribute("aria-disabled", "true");
            }
        }

        function show(index, focusTarget) {
            if (index < 0 || index >= slides.length || index === current) {
                return;
            }

            var hadFocus = document.activeElement;
            slides[current].hidden = true;
            slides[index].hidden = false;
            current = index;
            setControl(prev, index - 1);
            setControl(next, index + 1);
            thumbs.forEach(function (thumb, i) {
                if (i === index) {
                    thumb.setAttribute("aria-current", "true");
                } else {
                    thumb.removeAttribute("aria-current");
                }
            });

            // Replace rather than push: the address follows the photo, and Back still leaves the gallery.
            history.replaceState({ photo: index + 1 }, "", slides[index].getAttribute("data-href"));
            document.title = "Photo " + (index + 1) + " of " + slides.length + titleSuffix;

            // A control that just became disabled cannot keep focus: hand it to the other one.
            if (focusTarget) {
                focusTarget.focus();
            } else if ((hadFocus === prev || hadFocus === next) && hadFocus.getAttribute("aria-disabled") === "true") {
                (hadFocus === prev ? next : prev).focus();
            }
        }

        function leave() {
            var referrer = document.referrer ? new URL(document.referrer) : null;
            if (referrer && referrer.origin === location.origin && referrer.pathname === articleHref && history.length > 1) {
                history.back();
            } else {
                location.assign(articleHref);
            }
        }

        prev.addEventListener("click", function (event) {
            event.preventDefault();
            show(current - 1);
        });
        next.addEventListener("click", function (event) {
            event.preventDefault();
            show(current + 1);
        });
        thumbs.forEach(function (thumb, i) {
            thumb.addEventListener("click", function (event) {
                event.preventDefault();
                show(i);
            });
        });

        document.addEventListener("keydown", function (event) {
            if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.defaultPrevented) {
                return;
            }

            var target = event.target;
            if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
                return;
            }

            if (event.key === "ArrowLeft") {
                event.preventDefault();
                show(current - 1);
            } else if (event.key === "ArrowRight") {
                event.preventDefault();
                show(current + 1);
            } else if (event.key === "Escape") {
                event.preventDefault();
                leave();
            }
        });

        var area = gallery.querySelector("[data-gallery-slides]");
        var startX = null;
        var startY = null;
        area.addEventListener("touchstart", function (event) {
            if (event.touches.length === 1) {
                startX = event.touches[0].clientX;
                startY = event.touches[0].clientY;
            }
        }, { passive: true });
        area.addEventListener("touchend", function (event) {
            if (startX === null || event.changedTouches.length === 0) {
                return;
            }

            var dx = event.changedTouches[0].clientX - startX;
            var dy = event.changedTouches[0].clientY - startY;
            startX = null;
            if (Math.abs(dx) > 50 && Math.abs(dx) > Math.abs(dy) * 1.5) {
                show(dx < 0 ? current + 1 : current - 1);
            }
        }, { passive: true });
    }

    document.querySelectorAll("[data-gallery]").forEach(enhanceGallery);
})();
