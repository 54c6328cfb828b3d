// The <article-viewer> element (dist/article-viewer.js). The single-file step (tools/single-file)
// places this inside a function scope that defines `wasm_bindgen` (wasm-bindgen's no-modules
// glue), `WASM_GZIP` and `ARTICLE_GZIP` (the wasm and the bundled article: text and byte count),
// `STYLE` and, from static/unpack.js, `unpackWasm`, `gunzip`, `fromText7` and `describeStart`, so that the only name it adds to the host page is the element itself.
//
// Each element draws into an open shadow root: the host's CSS cannot reach inside, and the
// viewer's CSS cannot reach out. All elements on a page share one wasm instance and start it
// the first time one is connected.

// Attributes the viewer reads; `height` and `follow-url` also shape the element's box and place,
// so a change to either starts the viewer again. `view-state` is a whole view, as the element
// reports its own (first, so the single attributes after it say more precisely).
const CHOICES = ["view-state", "view", "event", "section", "theme", "story", "who", "in", "search", "from", "to", "scale", "height"];
const PLACE = ["height", "follow-url"];

let started = null;

// The wasm, started once for every element on the page.
function start() {
  if (!started) {
    const article = gunzip("article-viewer.js", () => fromText7(...ARTICLE_GZIP));
    started = unpackWasm("article-viewer.js", () => fromText7(...WASM_GZIP)).then((bytes) =>
      wasm_bindgen({ module_or_path: bytes }).then(
        () => article.then((bytes) => {
          wasm_bindgen.bundle(new TextDecoder().decode(bytes));
          return wasm_bindgen;
        }),
        (error) => { throw new Error(describeStart(error, "article-viewer.js")); }));
  }
  return started;
}

// One style sheet for every element's shadow root. Constructed style sheets are not inline
// styles, so a host's Content Security Policy need not allow 'unsafe-inline' for them.
let sheet = null;
function adoptStyle(root) {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
    }
    root.adoptedStyleSheets = [sheet];
  } catch (_error) {
    const style = document.createElement("style");
    style.textContent = STYLE;
    root.prepend(style);
  }
}

function div(className) {
  const el = document.createElement("div");
  el.className = className;
  return el;
}

class ArticleViewer extends HTMLElement {
  static get observedAttributes() {
    return CHOICES.concat(PLACE);
  }

  constructor() {
    super();
    this._viewer = null;
    this._box = null;
    this._generation = 0;
  }

  connectedCallback() {
    if (!this._box) this._build();
    this._mount();
  }

  disconnectedCallback() {
    this._unmount();
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.isConnected || !this._box) return;
    // The viewer reporting its own view is not the host changing it.
    if (name === "view-state" && after === this._reported) return;
    if (PLACE.includes(name)) {
      this._unmount();
      this._mount();
    } else if (this._viewer) {
      this._viewer.update(this._choices());
    }
  }

  // The shadow root: a frame (the box keys and clicks are heard in), the failure panel, and the
  // scrolling box the viewer renders into.
  _build() {
    const root = this.shadowRoot || this.attachShadow({ mode: "open" });
    adoptStyle(root);
    const frame = div("av-frame");
    const panel = div("av-failure");
    panel.setAttribute("role", "alert");
    panel.hidden = true;
    const scroller = div("av-scroll");
    const app = div("av-app");
    scroller.append(app);
    frame.append(panel, scroller);
    root.append(frame);
    this._box = { root, frame, panel, scroller, app };
  }

  _loading() {
    const { app } = this._box;
    const boot = div("av-boot");
    const p = document.createElement("p");
    p.className = "av-loading";
    p.setAttribute("role", "status");
    p.textContent = "Loading the article viewer…";
    boot.append(p);
    app.replaceChildren(boot);
  }

  _choices() {
    const flat = [];
    for (const name of CHOICES) {
      const value = this.getAttribute(name);
      // The view the viewer itself reported is where it is, not where the host asks it to go.
      if (name === "view-state" && value === this._reported) continue;
      if (value !== null) flat.push(name, value);
    }
    return flat;
  }

  _mount() {
    const generation = ++this._generation;
    const { root, frame, panel, scroller, app } = this._box;
    panel.hidden = true;
    panel.textContent = "";
    this._loading();
    start().then((bindgen) => {
      // Removed, or started again, while the wasm was loading.
      if (generation !== this._generation || !this.isConnected) return;
      const height = bindgen.element_height(this.getAttribute("height") ?? undefined) || "40em";
      const content = height === "content";
      frame.classList.toggle("av-content-height", content);
      scroller.style.maxHeight = content ? "" : height;
      // The viewer's CSS sizes a few things by the visible height (`vh`): inside a box, that is
      // the box's height.
      const px = content ? 0 : parseFloat(getComputedStyle(scroller).maxHeight);
      if (px > 0) frame.style.setProperty("--av-vh", px / 100 + "px");
      else frame.style.removeProperty("--av-vh");
      const script = this.querySelector(':scope > script[type="application/json"]');
      const text = script ? script.textContent : undefined;
      // The size cap is checked before the text is copied into the wasm, whose memory never
      // shrinks. UTF-8 bytes are never fewer than UTF-16 units: a text longer in units is
      // refused unread; otherwise its bytes are counted.
      const most = bindgen.max_article_bytes();
      let bytes = text ? text.length : 0;
      for (let i = 0; bytes <= most && i < (text ? text.length : 0); i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x80) bytes += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
      }
      if (bytes > most) {
        panel.textContent = `This article cannot be shown. The article is at least ${bytes} bytes; ` +
          `the most this viewer reads from a page is ${most}.`;
        panel.hidden = false;
        app.replaceChildren();
        return;
      }
      const mount = new bindgen.Mount(this, root, frame, content ? undefined : scroller, app, panel);
      this._viewer = bindgen.mount_element(mount, this._choices(), this.hasAttribute("follow-url"), text) || null;
    }).catch((error) => {
      if (generation !== this._generation) return;
      panel.textContent = (error && error.message ? error.message : String(error)) +
        " Reloading the page may help; the rest of this page is not affected.";
      panel.hidden = false;
      app.replaceChildren();
    });
  }

  _unmount() {
    this._generation++;
    if (this._viewer) {
      const viewer = this._viewer;
      this._viewer = null;
      viewer.remove();
      // Freed a task later: an element started again (a changed height, a move) mounts before
      // then, and shares the article this viewer still holds instead of checking it again.
      setTimeout(() => viewer.free(), 0);
    }
  }
}

if (!customElements.get("article-viewer")) {
  customElements.define("article-viewer", ArticleViewer);
}
